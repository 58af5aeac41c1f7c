/** The Open Recent list: newest first, no duplicates, at most ten, only files that still exist. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const MAX_RECENT = 10;

export function addRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

export function existingRecent(list: readonly string[], exists: (path: string) => boolean): string[] {
  return list.filter((p) => exists(p));
}

export function readRecent(file: string): string[] {
  try {
    return z.array(z.string().min(1)).max(100).parse(JSON.parse(readFileSync(file, 'utf8'))).slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

export function writeRecent(file: string, list: readonly string[]): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(list));
  renameSync(`${file}.tmp`, file);
}
