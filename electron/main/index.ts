/**
 * The Electron shell: one instance, one window on one project, the API over IPC.
 * Opens the .copydesk file given on the command line, else the user's copy of the sample story.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { Backend } from '../core/api/backend';
import { createLogger } from '../core/log';
import { ensureSampleProject } from '../core/sample/sampleProject';
import { registerIpc } from './ipc';
import { electronSqliteBinding } from './nativeBinding';
import { handleAppScheme, registerAppScheme } from './protocol';
import { applySecurityPolicy } from './security';
import { createMainWindow } from './window';

const log = createLogger('main');
const outDir = resolve(import.meta.dirname, '..');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

function projectArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.endsWith('.copydesk') && !arg.startsWith('-'));
}

// Tests and portable installs choose the user-data folder, as on the Node side (core/paths.ts).
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', resolve(process.env.COPYDESK_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  const nativeBinding = electronSqliteBinding();
  const backend = new Backend('electron', nativeBinding ? { nativeBinding } : {});
  let mainWindow: BrowserWindow | null = null;

  const openProject = (path: string) => {
    try {
      backend.openProject(path);
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The project could not be opened.';
      log.error('open failed', error);
      dialog.showErrorBox('Copydesk could not open the project', message);
    }
  };

  app.on('second-instance', (_event, argv) => {
    const file = projectArgument(argv);
    if (file) openProject(resolve(file));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(async () => {
    applySecurityPolicy(devUrl);
    handleAppScheme(join(outDir, 'renderer'));
    registerIpc(backend, devUrl, () => BrowserWindow.getAllWindows());
    const file = projectArgument(process.argv);
    const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    try {
      openProject(file ? resolve(file) : await ensureSampleProject({ resourcesDir, userDataDir: app.getPath('userData'), ...(nativeBinding ? { nativeBinding } : {}) }));
    } catch (error) {
      log.error('sample project failed', error);
    }
    mainWindow = createMainWindow(outDir, devUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  // A clean quit: the WAL is checkpointed into the project file and the database closed.
  app.on('will-quit', () => backend.closeProject());
}
