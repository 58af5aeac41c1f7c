/**
 * `npm run dev`: development with hot reload. With Electron's binary: `electron-vite dev`.
 * Without it: the browser host with Vite's dev server inside it (same API, same token rules;
 * the CSP is relaxed only for Vite's inline preamble and its HMR socket).
 */
import { userBackupSettings } from '../electron/core/project/backupScheduler';
import react from '@vitejs/plugin-react';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { devCspPlugin } from '../build/devCsp';
import { Backend } from '../electron/core/api/backend';
import { defaultResourcesDir, defaultUserDataDir } from '../electron/core/paths';
import { ensureSampleProject } from '../electron/core/sample/sampleProject';
import { startHost } from '../electron/host/server';
import { findElectronBinary } from './electronBinary';
import { ensureElectronSqlite } from './electronNative';
import { openBrowser } from './openBrowser';

const root = resolve(import.meta.dirname, '..');
const projectArg = process.argv.slice(2).find((a) => !a.startsWith('--'));

async function main(): Promise<void> {
  const electron = findElectronBinary();
  if (electron.ok) {
    await ensureElectronSqlite();
    const child = spawn(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'dev'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log(`Electron is not available here (${electron.reason}); serving the desk with hot reload in your browser instead.`);
  const rendererRoot = join(root, 'renderer');
  const vite = await createServer({ root: rendererRoot, plugins: [react(), devCspPlugin()], appType: 'custom', server: { middlewareMode: true }, logLevel: 'warn' });
  const backend = new Backend('browser', { backups: userBackupSettings() });
  backend.openProject(projectArg ? resolve(projectArg) : await ensureSampleProject({ resourcesDir: defaultResourcesDir(), userDataDir: defaultUserDataDir() }));
  const host = await startHost({
    backend,
    port: Number(process.env.COPYDESK_PORT ?? 0),
    rendererDir: null,
    dev: {
      middlewares: (req, res, next) => vite.middlewares(req, res, next),
      transformIndexHtml: (url, html) => vite.transformIndexHtml(url, html),
      indexHtml: () => readFileSync(join(rendererRoot, 'index.html'), 'utf8'),
    },
  });
  const opened = openBrowser(host.url);
  console.log(`Copydesk (dev) is serving at ${host.url}${opened ? ' (opened in your browser)' : ''}\nPress Ctrl+C to stop.`);
  const stop = () => {
    void Promise.all([host.close(), vite.close()]).then(() => {
      backend.closeProject();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`copydesk dev: ${(error as Error).message}`);
  process.exitCode = 1;
});
