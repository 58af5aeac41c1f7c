import { useCallback, useMemo } from 'react';
import { useSessionState } from '../prefs/useSessionState';
import { useAnalysis } from '../useAnalysis';
import { DEFAULT_FILTER, facetCounts, filterQueue, STATUS_FILTERS, stepQueue, type QueueFilter } from './queue';

function acceptFilter(stored: unknown): QueueFilter | null {
  const f = stored as Partial<QueueFilter> | null;
  if (!f || typeof f !== 'object' || !STATUS_FILTERS.includes(f.status as never)) return null;
  if (typeof f.kind !== 'string' || !(f.sourceId === 'all' || typeof f.sourceId === 'number')) return null;
  return { status: f.status!, kind: f.kind, sourceId: f.sourceId };
}

const acceptId = (stored: unknown) => (typeof stored === 'string' ? stored : null);

/** The analysis, the queue the filters let through, and the selected discrepancy (j/k move it). */
export function useReview() {
  const analysis = useAnalysis();
  // Kept over a reload of the window, so the editor comes back to the same place in the queue.
  const [filter, setFilterState] = useSessionState<QueueFilter>('queue-filter', DEFAULT_FILTER, acceptFilter);
  const [selectedId, setSelectedId] = useSessionState<string | null>('discrepancy', null, acceptId);
  const items = useMemo(() => analysis.report?.discrepancies ?? [], [analysis.report]);
  const filtered = useMemo(() => filterQueue(items, filter), [items, filter]);
  // The same array while the selection is in it, so moving through the queue re-renders only what changed.
  const queue = useMemo(
    () => (selectedId === null || filtered.some((d) => d.id === selectedId) ? filtered : filterQueue(items, filter, selectedId)),
    [filtered, items, filter, selectedId],
  );
  const counts = useMemo(() => facetCounts(items, filter), [items, filter]);
  const selected = useMemo(() => items.find((d) => d.id === selectedId) ?? null, [items, selectedId]);

  const setFilter = useCallback(
    (next: QueueFilter) => {
      setFilterState(next);
      // The selection stays if the new filters show it; otherwise the first item they show.
      const shown = filterQueue(items, next);
      setSelectedId((current) => (shown.some((d) => d.id === current) ? current : (shown[0]?.id ?? null)));
    },
    [items, setFilterState, setSelectedId],
  );
  const step = useCallback((delta: 1 | -1) => setSelectedId(stepQueue(queue, selectedId, delta)), [queue, selectedId, setSelectedId]);

  return { ...analysis, items, filter, setFilter, counts, queue, selected, select: setSelectedId, step };
}

export type Review = ReturnType<typeof useReview>;
