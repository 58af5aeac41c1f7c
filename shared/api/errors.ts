/**
 * The one error type of Copydesk. Only `code`, `message` and JSON `details` cross the API;
 * stacks stay in the log. Messages are written for the editor: say what happened and what to do.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_FILE',
  'DAMAGED_FILE',
  'NEWER_VERSION',
  'TOO_LARGE',
  'READ_ONLY',
  'NO_PROJECT',
  'FORBIDDEN',
  /** The disk refused a write (full, failing, or gone): the change was not saved; earlier work is intact. */
  'STORAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: JsonValue;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: JsonValue | undefined;

  constructor(code: ErrorCode, message: string, details?: JsonValue, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
