/**
 * better-sqlite3 for Electron, in its own folder. `npm install` builds it for Node (tests, CLI,
 * browser host); the desktop shell needs a build for Electron's ABI. @electron/rebuild builds a
 * copy under native/electron-build/ and the .node file lands in native/electron/, where
 * electron/main/nativeBinding.ts finds it. The Node build in node_modules is never touched.
 * Runs from `npm start` and `npm run dev` only where an Electron binary exists (it downloads
 * Electron's headers), and only when the Electron or better-sqlite3 version changed.
 */
import { rebuild } from '@electron/rebuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
export const NATIVE_DIR = join(root, 'native', 'electron');

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

export async function ensureElectronSqlite(): Promise<string> {
  const stamp = { electron: versionOf('electron'), betterSqlite3: versionOf('better-sqlite3'), platform: process.platform, arch: process.arch };
  const target = join(NATIVE_DIR, 'better_sqlite3.node');
  const stampFile = join(NATIVE_DIR, 'build.json');
  if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) return target;

  console.log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (once; about a minute)…`);
  const work = join(root, 'native', 'electron-build');
  rmSync(work, { recursive: true, force: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, join(work, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'copydesk-native', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }));
  // A nodedir set for Node builds (npm_config_nodedir) would build against Node's headers instead.
  delete process.env.npm_config_nodedir;
  await rebuild({ buildPath: work, electronVersion: stamp.electron, onlyModules: ['better-sqlite3'], force: true, buildFromSource: true });
  mkdirSync(NATIVE_DIR, { recursive: true });
  cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stampFile, JSON.stringify(stamp));
  rmSync(work, { recursive: true, force: true });
  return target;
}
