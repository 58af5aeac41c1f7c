import type { AppEvent } from './contract';
import type { Result } from './result';

/**
 * What the renderer's API client needs from a carrier: send one call, hear events.
 * Implemented by the Electron preload bridge, the browser host's HTTP+SSE client and the
 * in-memory transport used by tests.
 */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to backend events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** What the Electron preload puts on `window.copydesk`: exactly a Transport, nothing more. */
export type CopydeskBridge = Transport;
