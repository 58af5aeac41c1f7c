import { AppError } from '../../shared/api/errors';

/** Exit codes: 0 ok, 1 the command failed (message on stderr), 2 usage error. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILED,
  ) {
    super(message);
  }
}

/** One line on stderr; the stack only with --debug. */
export function reportError(error: unknown, debug: boolean): number {
  const message = error instanceof AppError || error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`copydesk: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof CliError ? error.exitCode : EXIT_FAILED;
}
