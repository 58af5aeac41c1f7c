/**
 * Which sources are the columns of the compare table, and in what order: 2 to 20 of them (all of
 * them when a project has fewer than 2), chosen and reordered by the editor.
 */

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 20;
/** Shown at first: as many as fit a laptop screen side by side without much scrolling. */
export const DEFAULT_COLUMNS = 6;

/** Keeps the editor's choice valid for the sources there are now: gone ones dropped, tops up to the minimum. */
export function reconcileColumns(chosen: readonly number[] | null, sourceIds: readonly number[]): number[] {
  const present = new Set(sourceIds);
  const kept = chosen ? [...new Set(chosen)].filter((id) => present.has(id)).slice(0, MAX_COLUMNS) : [];
  const want = chosen ? MIN_COLUMNS : DEFAULT_COLUMNS;
  for (const id of sourceIds) {
    if (kept.length >= want) break;
    if (!kept.includes(id)) kept.push(id);
  }
  return kept;
}

export type ToggleResult = { ok: true; columns: number[] } | { ok: false; reason: string };

/** Shows a hidden source as the last column, or hides a shown one, within the limits. */
export function toggleColumn(columns: readonly number[], id: number): ToggleResult {
  if (columns.includes(id)) {
    if (columns.length <= MIN_COLUMNS) return { ok: false, reason: `Keep at least ${MIN_COLUMNS} sources to compare.` };
    return { ok: true, columns: columns.filter((c) => c !== id) };
  }
  if (columns.length >= MAX_COLUMNS) return { ok: false, reason: `At most ${MAX_COLUMNS} sources fit side by side; hide one first.` };
  return { ok: true, columns: [...columns, id] };
}

/** Moves a shown column one place left (-1) or right (+1); unchanged at either end. */
export function moveColumn(columns: readonly number[], id: number, step: -1 | 1): number[] {
  const from = columns.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
