import { userBackupSettings } from '../../core/project/backupScheduler';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Backend } from '../../core/api/backend';
import { defaultRendererDir } from '../../core/paths';
import { startHost } from '../../host/server';
import { CliError, EXIT_USAGE } from '../output';

export interface ServeOptions {
  port?: string;
  rendererDir?: string;
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new CliError(`--port takes a number from 0 to 65535 (got “${value}”)`, EXIT_USAGE);
  return Number(value);
}

/** Opens the project and serves the desk until SIGINT or SIGTERM. The first stdout line holds the URL. */
export async function runServe(file: string, options: ServeOptions, banner?: (url: string, title: string) => string): Promise<void> {
  const port = parsePort(options.port);
  // Only the e2e tests set this, to import links from a server on 127.0.0.1.
  const backend = new Backend('browser', { allowPrivateFetch: process.env.COPYDESK_TEST_ALLOW_PRIVATE_FETCH === '1', backups: userBackupSettings() });
  const session = backend.openProject(resolve(file));
  const rendererDir = options.rendererDir ? resolve(options.rendererDir) : defaultRendererDir();
  const built = existsSync(join(rendererDir, 'index.html'));
  let host;
  try {
    host = await startHost({ backend, port, rendererDir: built ? rendererDir : null });
  } catch (error) {
    backend.closeProject();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${port} is already in use; choose another with --port, or --port 0 for any free port`);
    throw error;
  }
  const title = session.info().title;
  process.stdout.write(banner ? banner(host.url, title) : `Copydesk is serving “${title}” at ${host.url}\n`);
  if (!built) process.stderr.write('copydesk: the desk is not built, so only the API is served; run “npm run build” first.\n');
  process.stdout.write('Press Ctrl+C to stop.\n');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void host.close().then(() => {
        backend.closeProject();
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
