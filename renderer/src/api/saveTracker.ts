/**
 * Behind the top bar's “Saving…” / “Saved”: counts the API calls that change the project while
 * they are in flight, and remembers whether the last one failed. Reads (get, list, search…) and
 * the desk's own preferences are not saves.
 */
import type { ErrorInfo } from '../../../shared/api/errors';
import type { Transport } from '../../../shared/api/transport';

const READ_VERBS = new Set(['get', 'list', 'info', 'search', 'blocks']);

export function isSave(method: string): boolean {
  const [domain, verb] = method.split('.');
  return domain !== 'prefs' && domain !== 'app' && verb !== undefined && !READ_VERBS.has(verb);
}

export interface SaveState {
  inFlight: number;
  /** When the last save finished well; null before the first. */
  savedAt: number | null;
  /** The last save's error, until a later save succeeds. */
  failed: ErrorInfo | null;
}

export class SaveTracker {
  private state: SaveState = { inFlight: 0, savedAt: null, failed: null };
  private listeners = new Set<() => void>();

  snapshot = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  started(): void {
    this.set({ ...this.state, inFlight: this.state.inFlight + 1 });
  }

  finished(error: ErrorInfo | null, now = Date.now()): void {
    const inFlight = Math.max(0, this.state.inFlight - 1);
    this.set(error ? { inFlight, savedAt: this.state.savedAt, failed: error } : { inFlight, savedAt: now, failed: null });
  }

  private set(next: SaveState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** The same transport, reporting every save to `tracker`. */
export function trackSaves(transport: Transport, tracker: SaveTracker): Transport {
  return {
    async invoke(method, input) {
      if (!isSave(method)) return transport.invoke(method, input);
      tracker.started();
      try {
        const result = await transport.invoke(method, input);
        tracker.finished(result.ok ? null : result.error);
        return result;
      } catch (error) {
        tracker.finished({ code: 'INTERNAL', message: 'Copydesk could not reach its backend, so the change was not saved. Reload the window.' });
        throw error;
      }
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}
