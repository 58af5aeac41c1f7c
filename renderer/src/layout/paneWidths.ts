/** The side panes' widths: defaults, limits, and keeping the main area usable in a small window. */
export type SidePane = 'sources' | 'discrepancies';

export const PANE_LIMITS: Record<SidePane, { min: number; max: number; initial: number }> = {
  sources: { min: 200, max: 520, initial: 280 },
  discrepancies: { min: 300, max: 720, initial: 390 },
};

/** The main area (reader, compare, brief) never gets narrower than this. */
export const MIN_MAIN = 360;
const SEPARATORS = 12;

/** A width within the pane's limits and leaving room for the other pane and the main area. */
export function clampWidth(pane: SidePane, width: number, other: number, windowWidth: number): number {
  const { min, max } = PANE_LIMITS[pane];
  const room = windowWidth - other - MIN_MAIN - SEPARATORS;
  return Math.round(Math.max(min, Math.min(max, room, width)));
}

/** Both widths as shown: stored ones (or defaults) fitted to the window, the Sources pane giving way first. */
export function fitWidths(stored: Partial<Record<SidePane, number>>, windowWidth: number): Record<SidePane, number> {
  const discrepancies = clampWidth('discrepancies', stored.discrepancies ?? PANE_LIMITS.discrepancies.initial, PANE_LIMITS.sources.min, windowWidth);
  const sources = clampWidth('sources', stored.sources ?? PANE_LIMITS.sources.initial, discrepancies, windowWidth);
  return { sources, discrepancies };
}
