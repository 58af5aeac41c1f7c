/**
 * The Electron shell: one instance, one window on one project, the API over IPC, the application
 * menu and native dialogs. Opens the .copydesk file given on the command line, else the last
 * project, else the user's copy of the sample story.
 */
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import type { AppCommand } from '../../shared/api/contract';
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { Backend } from '../core/api/backend';
import { PROJECT_EXTENSION } from '../core/db/constants';
import { restoreBackup } from '../core/db/backup';
import { createProjectFile } from '../core/db/open';
import { createLogger } from '../core/log';
import { userBackupSettings } from '../core/project/backupScheduler';
import { ensureSampleProject } from '../core/sample/sampleProject';
import { APP_VERSION } from '../core/version';
import { registerIpc } from './ipc';
import { electronPdfPrinter } from './pdfPrinter';
import { buildMenuTemplate } from './menuTemplate';
import { electronSqliteBinding } from './nativeBinding';
import { handleAppScheme, registerAppScheme } from './protocol';
import { addRecent, existingRecent, readRecent, writeRecent } from './recentProjects';
import { applySecurityPolicy } from './security';
import { createMainWindow } from './window';

const log = createLogger('main');
const outDir = resolve(import.meta.dirname, '..');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const PROJECT_FILTER = { name: 'Copydesk projects', extensions: [PROJECT_EXTENSION.slice(1)] };

/** The backup a damaged-file error offers, if any. */
function backupOffered(error: AppError): string | null {
  const details = error.details;
  return error.code === 'DAMAGED_FILE' && details && typeof details === 'object' && !Array.isArray(details) && typeof details.backup === 'string' ? details.backup : null;
}

function projectArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.endsWith(PROJECT_EXTENSION) && !arg.startsWith('-'));
}

// Tests and portable installs choose the user-data folder, as on the Node side (core/paths.ts).
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', resolve(process.env.COPYDESK_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  const nativeBinding = electronSqliteBinding();
  const backend = new Backend('electron', { ...(nativeBinding ? { nativeBinding } : {}), backups: userBackupSettings() }, undefined, {
    printPdf: electronPdfPrinter,
    chooseSavePath: async (suggestedName, format) => {
      const options = {
        title: format === 'pdf' ? 'Export the brief as PDF' : 'Export the brief as Markdown',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Markdown', extensions: ['md'] }],
      };
      const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    revealFile: (path) => shell.showItemInFolder(path),
  });
  const recentFile = () => join(app.getPath('userData'), 'recent-projects.json');
  let recent: string[] = [];
  let mainWindow: BrowserWindow | null = null;

  const refreshMenu = () => {
    const session = backend.session;
    const template = buildMenuTemplate(
      { platform: process.platform, hasProject: session !== null, readOnly: session?.readOnly ?? false, recent, isDev: devUrl !== undefined },
      {
        newProject: () => void newProject(),
        openProject: () => void chooseProject(),
        openRecent: (path) => openProject(path),
        clearRecent: () => {
          recent = [];
          writeRecent(recentFile(), recent);
          app.clearRecentDocuments();
          refreshMenu();
        },
        importArticles: () => command('import'),
        exportMarkdown: () => command('export-markdown'),
        exportPdf: () => command('export-pdf'),
        closeProject: () => {
          backend.closeProject();
          refreshMenu();
        },
        showShortcuts: () => command('shortcuts'),
        showAbout: () =>
          void dialog.showMessageBox({ type: 'info', title: 'About Copydesk', message: `Copydesk ${APP_VERSION}`, detail: 'A review desk for news editors: line up the reports of one story, decide where they disagree, and compile a corrected brief.' }),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const command = (name: AppCommand) => backend.emit({ name: 'app.commanded', payload: { command: name } });

  const openProject = (path: string): boolean => {
    try {
      backend.openProject(path);
      recent = addRecent(recent, path);
      writeRecent(recentFile(), recent);
      app.addRecentDocument(path);
      mainWindow?.setRepresentedFilename(path);
      return true;
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The project could not be opened.';
      log.error('open failed', error);
      const backup = error instanceof AppError ? backupOffered(error) : null;
      if (backup) {
        // A damaged file with a good backup: offer to put the backup in its place (the damaged file is kept aside).
        const choice = dialog.showMessageBoxSync({
          type: 'error',
          title: 'Copydesk could not open the project',
          message: `“${basename(path)}” is damaged.`,
          detail: `${message}\n\nRestore the backup? The damaged file is kept beside it, renamed.`,
          buttons: ['Restore the Backup', 'Cancel'],
          defaultId: 0,
          cancelId: 1,
        });
        if (choice === 0) {
          try {
            restoreBackup(backup, path, nativeBinding);
            return openProject(path);
          } catch (restoreError) {
            dialog.showErrorBox('The backup could not be restored', restoreError instanceof AppError ? restoreError.message : String(restoreError));
          }
        }
        return false;
      }
      dialog.showErrorBox('Copydesk could not open the project', message);
      return false;
    } finally {
      refreshMenu();
    }
  };

  const chooseProject = async () => {
    const options = { title: 'Open Project', properties: ['openFile' as const], filters: [PROJECT_FILTER] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    if (!result.canceled && result.filePaths[0]) openProject(result.filePaths[0]);
  };

  const newProject = async () => {
    const options = { title: 'New Project', buttonLabel: 'Create', defaultPath: join(app.getPath('documents'), `Untitled story${PROJECT_EXTENSION}`), filters: [PROJECT_FILTER] };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return;
    const path = extname(result.filePath) === PROJECT_EXTENSION ? result.filePath : `${result.filePath}${PROJECT_EXTENSION}`;
    try {
      // The save dialog already asked about replacing; Copydesk still never overwrites a file.
      createProjectFile(path, basename(path, PROJECT_EXTENSION), nativeBinding ? { nativeBinding } : {});
      openProject(path);
    } catch (error) {
      dialog.showErrorBox('Copydesk could not create the project', error instanceof AppError ? error.message : String(error));
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

  // macOS: a .copydesk file opened from Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) openProject(path);
    else process.argv.push(path);
  });

  void app.whenReady().then(async () => {
    applySecurityPolicy(devUrl);
    handleAppScheme(join(outDir, 'renderer'));
    registerIpc(backend, devUrl, () => BrowserWindow.getAllWindows());
    recent = existingRecent(readRecent(recentFile()), existsSync);
    const file = projectArgument(process.argv);
    const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    try {
      const start = file ? resolve(file) : (recent[0] ?? (await ensureSampleProject({ resourcesDir, userDataDir: app.getPath('userData'), ...(nativeBinding ? { nativeBinding } : {}) })));
      openProject(start);
    } catch (error) {
      log.error('sample project failed', error);
    }
    refreshMenu();
    mainWindow = createMainWindow(outDir, devUrl, join(app.getPath('userData'), 'window-state.json'));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  // A clean quit: the WAL is checkpointed into the project file and the database closed.
  app.on('will-quit', () => backend.closeProject());
}
