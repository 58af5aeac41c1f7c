import type { AppEvent } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Transport } from '../../../shared/api/transport';

/** The browser host's carrier: POST /api/<method> with the launch token, events over SSE. */
export function createHttpTransport(token: string): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  const connect = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as AppEvent;
      for (const listener of listeners) listener(event);
    };
  };

  return {
    async invoke(method: string, input: unknown): Promise<Result<unknown>> {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      const type = response.headers.get('Content-Type') ?? '';
      if (!type.startsWith('application/json')) {
        return { ok: false, error: { code: 'INTERNAL', message: `The desk's server answered ${response.status} ${response.statusText}. Restart it and reload this page.` } };
      }
      return (await response.json()) as Result<unknown>;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
