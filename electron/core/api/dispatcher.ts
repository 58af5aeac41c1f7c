/**
 * The one door into the backend, whichever transport carried the call: checks the method name,
 * validates the input against the contract's schema, runs the handler, and answers with a Result.
 * It never throws: unexpected failures become INTERNAL with a message for the editor, and the
 * stack goes to the log only.
 */
import { isMethodName, methods, type MethodName } from '../../../shared/api/contract';
import { AppError, type JsonValue } from '../../../shared/api/errors';
import { fail, ok, type Result } from '../../../shared/api/result';
import { fromSqliteError } from '../db/sqliteErrors';
import { createLogger } from '../log';
import type { Handler, HandlerContext, Handlers } from './handler';

const log = createLogger('api');

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): { message: string; details: JsonValue } {
  const details = issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = details[0];
  const where = first && first.path ? ` (${first.path})` : '';
  return { message: `The request was not valid${where}: ${first?.message ?? 'unknown problem'}.`, details };
}

export function createDispatcher(handlers: Handlers, context: HandlerContext): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail({ code: 'NOT_FOUND', message: `There is no API method called “${String(method).slice(0, 80)}”.` });
    }
    const parsed = methods[method].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      const { message, details } = describeIssues(parsed.error.issues);
      return fail({ code: 'INVALID_INPUT', message, details });
    }
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, context);
      return ok(value === undefined ? null : value);
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'INTERNAL') log.error(`${method} failed`, error);
        return fail(error.toInfo());
      }
      const storage = fromSqliteError(error);
      if (storage) {
        log.error(`${method} failed in SQLite`, error);
        return fail(storage.toInfo());
      }
      log.error(`${method} failed unexpectedly`, error);
      return fail({ code: 'INTERNAL', message: 'Copydesk hit an unexpected problem and did not finish that action. Nothing was lost; try again, and if it repeats, the log has the details.' });
    }
  };
}
