import { describe, expect, it } from 'vitest';
import type { Discrepancy, DiscrepancyKind, DiscrepancyStatus } from '../../../shared/domain/analysis';
import { DEFAULT_FILTER, facetCounts, filterQueue, queueRows, stepQueue } from './queue';

function item(id: string, kind: DiscrepancyKind, status: DiscrepancyStatus, sources: number[][]): Discrepancy {
  return {
    id,
    kind,
    status,
    summary: id,
    suggested: null,
    confidence: 0.5,
    reasons: [],
    variants: sources.map((ids, i) => ({ text: `${id}-${i}`, sourceIds: ids, excerpts: [] })),
    decision: null,
  };
}

const items = [
  item('quote-1', 'quote', 'open', [[1], [2]]),
  item('name-1', 'name', 'open', [[1, 2], [3]]),
  item('name-2', 'name', 'decided', [[2], [4]]),
  item('num-1', 'number', 'dismissed', [[1], [3]]),
  item('name-3', 'name', 'open', [[3], [4]]),
];

describe('the discrepancy queue', () => {
  it('shows open items by default, grouped by kind with names first, each group counted', () => {
    const queue = filterQueue(items, DEFAULT_FILTER);
    expect(queue.map((d) => d.id)).toEqual(['name-1', 'name-3', 'quote-1']);
    expect(queueRows(queue)).toEqual([
      { type: 'group', kind: 'name', count: 2 },
      { type: 'item', discrepancy: queue[0], position: 0 },
      { type: 'item', discrepancy: queue[1], position: 1 },
      { type: 'group', kind: 'quote', count: 1 },
      { type: 'item', discrepancy: queue[2], position: 2 },
    ]);
  });

  it('filters by status, kind and source together', () => {
    expect(filterQueue(items, { status: 'all', kind: 'name', sourceId: 4 }).map((d) => d.id)).toEqual(['name-2', 'name-3']);
    expect(filterQueue(items, { status: 'dismissed', kind: 'all', sourceId: 'all' }).map((d) => d.id)).toEqual(['num-1']);
    expect(filterQueue(items, { status: 'open', kind: 'all', sourceId: 2 }).map((d) => d.id)).toEqual(['name-1', 'quote-1']);
  });

  it('counts each option as if it were chosen, with the other filters as they are', () => {
    const counts = facetCounts(items, { status: 'open', kind: 'all', sourceId: 3 });
    // Source 3 is in name-1, num-1, name-3.
    expect(counts.status).toEqual({ open: 2, decided: 0, dismissed: 1, all: 3 });
    expect(counts.kind.get('name')).toBe(2);
    expect(counts.kind.get('number')).toBeUndefined();
    expect(counts.kind.get('all')).toBe(2);
    // Open items: name-1 (1,2,3), quote-1 (1,2), name-3 (3,4).
    expect(counts.source.get(1)).toBe(2);
    expect(counts.source.get(4)).toBe(1);
    expect(counts.source.get('all')).toBe(3);
  });

  it('keeps the item just decided in view until the selection moves on', () => {
    const decided = items.map((d) => (d.id === 'name-1' ? { ...d, status: 'decided' as const } : d));
    expect(filterQueue(decided, DEFAULT_FILTER, 'name-1').map((d) => d.id)).toEqual(['name-1', 'name-3', 'quote-1']);
    expect(filterQueue(decided, DEFAULT_FILTER, 'name-3').map((d) => d.id)).toEqual(['name-3', 'quote-1']);
  });

  it('steps with j and k, stopping at the ends, and starts at the first or last', () => {
    const queue = filterQueue(items, DEFAULT_FILTER);
    expect(stepQueue(queue, null, 1)).toBe('name-1');
    expect(stepQueue(queue, null, -1)).toBe('quote-1');
    expect(stepQueue(queue, 'name-1', 1)).toBe('name-3');
    expect(stepQueue(queue, 'quote-1', 1)).toBe('quote-1');
    expect(stepQueue(queue, 'name-1', -1)).toBe('name-1');
    expect(stepQueue([], null, 1)).toBeNull();
  });
});
