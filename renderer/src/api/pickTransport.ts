import type { CopydeskBridge, Transport } from '../../../shared/api/transport';
import { createHttpTransport } from './httpTransport';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

/**
 * Chooses the carrier once, at start: Electron's preload bridge when present, else the browser
 * host's HTTP API with the token the host wrote into the page. The rest of the renderer never knows.
 */
export function pickTransport(): Transport {
  if (window.copydesk) return window.copydesk;
  const token = document.querySelector<HTMLMetaElement>('meta[name="copydesk-token"]')?.content ?? '';
  return createHttpTransport(token);
}
