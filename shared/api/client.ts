import type { AppEvent, EventName, Events, MethodInput, MethodName, MethodOutput } from './contract';
import { AppError, isErrorCode } from './errors';
import type { Transport } from './transport';

/**
 * The typed API client: `await api.call('sources.list', {})`. Errors arrive as AppError with the
 * backend's code and message, so callers can show the message and branch on the code.
 */
export class ApiClient {
  constructor(private readonly transport: Transport) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let result;
    try {
      result = await this.transport.invoke(method, input);
    } catch (cause) {
      throw new AppError('INTERNAL', 'Copydesk could not reach its backend. Reload the window; if it persists, restart Copydesk.', undefined, { cause });
    }
    if (result.ok) return result.value as MethodOutput<M>;
    const { code, message, details } = result.error;
    throw new AppError(isErrorCode(code) ? code : 'INTERNAL', message, details);
  }

  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
    return this.transport.onEvent((event: AppEvent) => {
      if (event.name === name) listener(event.payload as Events[E]);
    });
  }
}
