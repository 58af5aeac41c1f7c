import { useCallback, useMemo, useState } from 'react';
import { useAnalysis } from '../useAnalysis';
import { DEFAULT_FILTER, facetCounts, filterQueue, stepQueue, type QueueFilter } from './queue';

/** The analysis, the queue the filters let through, and the selected discrepancy (j/k move it). */
export function useReview() {
  const analysis = useAnalysis();
  const [filter, setFilterState] = useState<QueueFilter>(DEFAULT_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
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
    [items],
  );
  const step = useCallback((delta: 1 | -1) => setSelectedId(stepQueue(queue, selectedId, delta)), [queue, selectedId]);

  return { ...analysis, items, filter, setFilter, counts, queue, selected, select: setSelectedId, step };
}

export type Review = ReturnType<typeof useReview>;
