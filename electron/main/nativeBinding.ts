/**
 * better-sqlite3 under Electron: `npm install` builds it for Node (tests, CLI, browser host); the
 * shell loads an Electron-ABI copy from its own folder through better-sqlite3's nativeBinding
 * option, so the two builds never overwrite each other. Returns undefined when no copy exists
 * (then the Node build is tried, which works only if the ABIs happen to match).
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronSqliteBinding(): string | undefined {
  const base = app.isPackaged ? process.resourcesPath : app.getAppPath();
  const candidate = join(base, 'native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
