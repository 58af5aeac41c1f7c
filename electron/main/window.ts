import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './urlPolicy';
import { DEFAULT_SIZE, fitToDisplays, MIN_SIZE, readWindowState, writeWindowState } from './windowState';

/** The main window, at its remembered size and place when that still shows on a display. */
export function createMainWindow(outDir: string, devUrl: string | undefined, stateFile: string): BrowserWindow {
  const remembered = readWindowState(stateFile);
  const bounds = fitToDisplays(
    remembered.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Copydesk',
    // Written out here, not spread from a constant, so reviewers and Electronegativity see each one.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      // Waived: our own bundled preload, sandboxed, exposing only invoke/onEvent through contextBridge.
      preload: join(outDir, 'preload', 'index.cjs'), // eng-disable PRELOAD_JS_CHECK
    },
  });
  window.once('ready-to-show', () => {
    if (remembered.maximized) window.maximize();
    window.show();
  });
  // Saved on close: the normal (unmaximised) bounds, so un-maximising next time lands somewhere sane.
  window.on('close', () => writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
