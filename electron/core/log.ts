/**
 * createLogger('scope') instead of console. Lines go to stderr as `level scope: message`.
 * COPYDESK_LOG=debug|info|warn|error|silent sets the threshold (default: warn, so the CLI and the
 * host stay quiet). Never log article text: log ids, counts and codes.
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const wanted = (process.env.COPYDESK_LOG ?? 'warn').toLowerCase();
  return wanted in LEVELS ? LEVELS[wanted as Level] : LEVELS.warn;
}

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

export function createLogger(scope: string): Logger {
  const write = (level: Level, message: string, extra?: unknown) => {
    if (LEVELS[level] < threshold()) return;
    const tail = extra instanceof Error ? `\n${extra.stack ?? extra.message}` : extra === undefined ? '' : ` ${JSON.stringify(extra)}`;
    process.stderr.write(`${level} ${scope}: ${message}${tail}\n`);
  };
  return {
    debug: (m, e) => write('debug', m, e),
    info: (m, e) => write('info', m, e),
    warn: (m, e) => write('warn', m, e),
    error: (m, e) => write('error', m, e),
  };
}
