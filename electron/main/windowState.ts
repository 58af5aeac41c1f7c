/**
 * The main window's size and position, remembered between launches in the user-data folder.
 * Pure file I/O and geometry (no Electron import) so it is unit-tested; index.ts feeds it the
 * displays' work areas.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | null;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 760, height: 480 };

const schema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }).nullable(),
  maximized: z.boolean(),
});

export function readWindowState(file: string): WindowState {
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { bounds: null, maximized: false };
  }
}

/** Written beside and renamed into place, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Remembered bounds if they still show on a display (a monitor may have been unplugged): at
 * least a quarter of the window on some work area, no larger than it. Otherwise null, and the
 * window opens centred at its default size.
 */
export function fitToDisplays(bounds: Rect | null, workAreas: Rect[]): Rect | null {
  if (!bounds) return null;
  const best = workAreas.map((area) => ({ area, shared: overlap(bounds, area) })).sort((a, b) => b.shared - a.shared)[0];
  // A window larger than the screen counts by the screen's area, so it is shrunk, not forgotten.
  if (!best || best.shared < Math.min(bounds.width * bounds.height, best.area.width * best.area.height) / 4) return null;
  const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, best.area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, best.area.height));
  const x = Math.min(Math.max(bounds.x, best.area.x), best.area.x + best.area.width - width);
  const y = Math.min(Math.max(bounds.y, best.area.y), best.area.y + best.area.height - height);
  return { x, y, width, height };
}
