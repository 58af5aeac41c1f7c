/**
 * The preload: exposes `window.copydesk` with exactly `invoke(method, input)` and `onEvent(cb)`.
 * No raw ipcRenderer, no Node. Runs sandboxed, so it is bundled as one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { CopydeskBridge } from '../../shared/api/transport';

const bridge: CopydeskBridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('api:invoke', String(method), input) as Promise<Result<unknown>>,
  onEvent: (listener: (event: AppEvent) => void) => {
    const handler = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on('api:event', handler);
    return () => {
      ipcRenderer.removeListener('api:event', handler);
    };
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
