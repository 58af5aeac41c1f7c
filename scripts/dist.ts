/**
 * `npm run dist`: build, make the Electron build of better-sqlite3, and package with
 * electron-builder for this platform (electron-builder.yml). Needs Electron's binary and network
 * access for electron-builder's downloads, so CI does not run it.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary } from './electronBinary';
import { ensureElectronSqlite } from './electronNative';

const root = resolve(import.meta.dirname, '..');
const ELECTRON_BUILDER = 'electron-builder@26';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function main(): Promise<void> {
  const electron = findElectronBinary();
  if (!electron.ok) throw new Error(`packaging needs Electron's binary, which is not available here (${electron.reason})`);
  run(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
  await ensureElectronSqlite();
  run('npx', ['--yes', ELECTRON_BUILDER, '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
}

main().catch((error: unknown) => {
  console.error(`copydesk dist: ${(error as Error).message}`);
  process.exitCode = 1;
});
