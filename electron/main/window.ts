import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './urlPolicy';

export function createMainWindow(outDir: string, devUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
