/**
 * Is Electron's binary here? Answered from the electron package's own files (path.txt and dist/)
 * without require('electron'), which would try to download the binary on the spot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  if (process.env.COPYDESK_HOST === 'browser') return { ok: false, reason: 'COPYDESK_HOST=browser asks for the browser host' };
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { ok: false, reason: "its binary was never downloaded: node_modules/electron has no path.txt" };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: `its binary is missing (${binary})` };
}
