import type { AppEvent } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Transport } from '../../../shared/api/transport';
import type { Backend } from './backend';

/** Both directions go through JSON, exactly as over IPC or HTTP, so a non-JSON payload fails here too. */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The in-memory transport for tests: calls the dispatcher directly, with JSON round trips. */
export function createMemoryTransport(backend: Backend): Transport {
  return {
    async invoke(method: string, input: unknown): Promise<Result<unknown>> {
      const result = await backend.dispatch(method, input === undefined ? undefined : viaJson(input));
      return viaJson(result);
    },
    onEvent(listener: (event: AppEvent) => void): () => void {
      return backend.onEvent((event) => listener(viaJson(event)));
    },
  };
}
