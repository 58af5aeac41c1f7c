import type { CopydeskBridge, Transport } from '../../../shared/api/transport';
import { createHttpTransport } from './httpTransport';

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

const TOKEN_KEY = 'copydesk-token';

/**
 * The browser host's launch token arrives in the URL fragment (never sent to any server); it is
 * kept for this tab's reloads in sessionStorage and taken out of the address bar.
 */
function launchToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Chooses the carrier once, at start: Electron's preload bridge when present, else the browser
 * host's HTTP API. The rest of the renderer never knows which.
 */
export function pickTransport(): Transport {
  if (window.copydesk) return window.copydesk;
  return createHttpTransport(launchToken());
}
