import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Discrepancy } from '../../../shared/domain/analysis';
import { KIND_TITLE, queueRows, STATUS_TEXT } from './queue';

interface Props {
  queue: Discrepancy[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/**
 * The triage queue, grouped by kind with counts, virtualised so 2,000 items scroll smoothly.
 * One item is in the tab order (the selected one); ↑/↓, Home/End move the selection and focus.
 */
export function QueueList({ queue, selectedId, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => queueRows(queue), [queue]);
  // The React Compiler skips this component (TanStack Virtual's API is not memoisable); nothing here relies on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.type === 'group' ? 30 : 38),
    overscan: 8,
    getItemKey: (i) => {
      const row = rows[i]!;
      return row.type === 'group' ? `group:${row.kind}` : row.discrepancy.id;
    },
  });
  const focusable = queue.some((d) => d.id === selectedId) ? selectedId : (queue[0]?.id ?? null);

  // Keep the selection in view, and keep focus on it when the queue has focus (j/k, arrows).
  useEffect(() => {
    if (selectedId === null) return;
    const index = rows.findIndex((r) => r.type === 'item' && r.discrepancy.id === selectedId);
    if (index === -1) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const element = scroller.current;
    if (!element || !element.contains(document.activeElement)) return;
    const frame = requestAnimationFrame(() => element.querySelector<HTMLButtonElement>(`[data-id="${CSS.escape(selectedId)}"]`)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [selectedId, rows, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = queue.findIndex((d) => d.id === selectedId);
    const next =
      event.key === 'ArrowDown' ? Math.min(index + 1, queue.length - 1) : event.key === 'ArrowUp' ? Math.max(index - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? queue.length - 1 : -1;
    if (next < 0 || next === index) return;
    event.preventDefault();
    onSelect(queue[next]!.id);
  };

  return (
    <div className="queue-scroll" ref={scroller} onKeyDown={onKeyDown}>
      <div role="list" aria-label="Discrepancy queue" className="queue-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div key={item.key} role="listitem" className="queue-row" data-index={item.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${item.start}px)` }}>
              {row.type === 'group' ? (
                <h3 className="kind-heading">
                  {KIND_TITLE[row.kind]} <span className="count">{row.count}</span>
                </h3>
              ) : (
                <button
                  type="button"
                  data-id={row.discrepancy.id}
                  className={`discrepancy-item status-${row.discrepancy.status}`}
                  aria-current={row.discrepancy.id === selectedId ? 'true' : undefined}
                  tabIndex={row.discrepancy.id === focusable ? 0 : -1}
                  onClick={() => onSelect(row.discrepancy.id)}
                >
                  <span className={`status-badge status-${row.discrepancy.status}`}>{STATUS_TEXT[row.discrepancy.status]}</span>
                  <span className="discrepancy-summary">{row.discrepancy.summary}</span>
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
