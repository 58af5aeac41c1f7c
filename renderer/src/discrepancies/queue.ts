/**
 * The triage queue: which discrepancies the filters let through, how many each filter option
 * would show, the rows of the grouped list, and moving through it with j/k. Pure functions.
 */
import type { Discrepancy, DiscrepancyKind, DiscrepancyStatus } from '../../../shared/domain/analysis';

export type StatusFilter = DiscrepancyStatus | 'all';

export interface QueueFilter {
  status: StatusFilter;
  kind: DiscrepancyKind | 'all';
  sourceId: number | 'all';
}

export const DEFAULT_FILTER: QueueFilter = { status: 'open', kind: 'all', sourceId: 'all' };

export const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'decided', 'dismissed', 'all'];

/** The order groups appear in: what an editor checks first at the top. */
export const KIND_ORDER: readonly DiscrepancyKind[] = ['name', 'role', 'number', 'duration', 'date', 'time', 'quote', 'attribution', 'single-source'];

export const KIND_TITLE: Record<DiscrepancyKind, string> = {
  name: 'Names',
  number: 'Figures',
  duration: 'Durations',
  date: 'Dates and days',
  time: 'Times',
  role: 'Titles and roles',
  quote: 'Quotations',
  attribution: 'Attribution',
  'single-source': 'Single-source claims',
};

export const STATUS_TEXT: Record<StatusFilter, string> = { open: 'Open', decided: 'Decided', dismissed: 'Dismissed', all: 'All' };

export function sourcesOf(d: Discrepancy): Set<number> {
  const ids = new Set<number>();
  for (const variant of d.variants) for (const id of variant.sourceIds) ids.add(id);
  return ids;
}

type Facet = keyof QueueFilter;

function passes(d: Discrepancy, filter: QueueFilter, ignore?: Facet): boolean {
  if (ignore !== 'status' && filter.status !== 'all' && d.status !== filter.status) return false;
  if (ignore !== 'kind' && filter.kind !== 'all' && d.kind !== filter.kind) return false;
  if (ignore !== 'sourceId' && filter.sourceId !== 'all' && !sourcesOf(d).has(filter.sourceId)) return false;
  return true;
}

export interface FacetCounts {
  status: Record<StatusFilter, number>;
  kind: Map<DiscrepancyKind | 'all', number>;
  source: Map<number | 'all', number>;
}

/** For each option of each filter: how many items it would show, the other filters as they are. */
export function facetCounts(items: readonly Discrepancy[], filter: QueueFilter): FacetCounts {
  const status: Record<StatusFilter, number> = { open: 0, decided: 0, dismissed: 0, all: 0 };
  const kind = new Map<DiscrepancyKind | 'all', number>([['all', 0]]);
  const source = new Map<number | 'all', number>([['all', 0]]);
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const d of items) {
    if (passes(d, filter, 'status')) {
      status[d.status] += 1;
      status.all += 1;
    }
    if (passes(d, filter, 'kind')) {
      bump(kind, d.kind);
      bump(kind, 'all');
    }
    if (passes(d, filter, 'sourceId')) {
      for (const id of sourcesOf(d)) bump(source, id);
      bump(source, 'all');
    }
  }
  return { status, kind, source };
}

/**
 * The queue in display order (grouped by kind). `keepId` stays in even when it no longer passes
 * the filters, so a discrepancy just decided does not vanish from under the editor; it leaves
 * when the selection moves on.
 */
export function filterQueue(items: readonly Discrepancy[], filter: QueueFilter, keepId: string | null = null): Discrepancy[] {
  const kept = items.filter((d) => d.id === keepId || passes(d, filter));
  const rank = (k: DiscrepancyKind) => {
    const i = KIND_ORDER.indexOf(k);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return kept.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d.kind) - rank(b.d.kind) || a.i - b.i).map(({ d }) => d);
}

export type QueueRow = { type: 'group'; kind: DiscrepancyKind; count: number } | { type: 'item'; discrepancy: Discrepancy; position: number };

/** The rows of the virtual list: a heading per kind with its count, then its items. */
export function queueRows(queue: readonly Discrepancy[]): QueueRow[] {
  const counts = new Map<DiscrepancyKind, number>();
  for (const d of queue) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  const rows: QueueRow[] = [];
  let previous: DiscrepancyKind | null = null;
  queue.forEach((d, position) => {
    if (d.kind !== previous) rows.push({ type: 'group', kind: d.kind, count: counts.get(d.kind) ?? 0 });
    previous = d.kind;
    rows.push({ type: 'item', discrepancy: d, position });
  });
  return rows;
}

/** j/k: the id `delta` steps from `currentId` in the queue; the first (or last) when nothing is selected. */
export function stepQueue(queue: readonly Discrepancy[], currentId: string | null, delta: 1 | -1): string | null {
  if (queue.length === 0) return null;
  const index = queue.findIndex((d) => d.id === currentId);
  if (index === -1) return (delta === 1 ? queue[0] : queue[queue.length - 1])!.id;
  const next = Math.min(queue.length - 1, Math.max(0, index + delta));
  return queue[next]!.id;
}
