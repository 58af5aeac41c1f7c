import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './urlPolicy';
import { SECURE_WEB_PREFERENCES } from './security';

export function createMainWindow(outDir: string, devUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
