/**
 * The IPC carrier of the API: one channel `api:invoke` into the dispatcher, one `api:event` out.
 * Every call's sender frame must be the app's own main frame.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../core/api/backend';
import { createLogger } from '../core/log';
import { isTrustedSender } from './urlPolicy';

const log = createLogger('ipc');

export function registerIpc(backend: Backend, devUrl: string | undefined, windows: () => BrowserWindow[]): void {
  ipcMain.handle('api:invoke', (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, devUrl)) {
      log.warn('refused an API call from a frame that is not the desk');
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Only the Copydesk window may call its backend.' } };
    }
    return backend.dispatch(typeof method === 'string' ? method : '', input);
  });
  backend.onEvent((event) => {
    for (const window of windows()) if (!window.isDestroyed()) window.webContents.send('api:event', event);
  });
}
