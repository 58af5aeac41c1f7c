import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/source';
import { formatDate } from '../format';

interface Props {
  id: string;
  sources: SourceSummary[];
  selectedId: number | null;
  onSelect(id: number): void;
  /** Opens the import dialog; null when the project is read-only. */
  onImport: (() => void) | null;
}

function meta(source: SourceSummary): string {
  return [
    formatDate(source.publishedAt),
    `${source.wordCount.toLocaleString('en')} words`,
    source.nearDuplicateOf !== null ? 'near-duplicate' : null,
    source.openFlags > 0 ? `${source.openFlags} open flag${source.openFlags === 1 ? '' : 's'}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The Sources landmark: every article in the project, in import order, virtualised so hundreds
 * scroll smoothly. ↑/↓, Home/End move the selection (and focus) through the list.
 */
export const SourcesPane = memo(function SourcesPane({ id, sources, selectedId, onSelect, onImport }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (i) => sources[i]!.id,
  });

  // Keep the selected source in view; when focus is in the list, keep it on the selection.
  useEffect(() => {
    const index = sources.findIndex((s) => s.id === selectedId);
    if (index === -1) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const element = scroller.current;
    if (!element || !element.contains(document.activeElement)) return;
    const frame = requestAnimationFrame(() => element.querySelector<HTMLButtonElement>(`[data-source-id="${selectedId}"]`)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [selectedId, sources, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = sources.findIndex((s) => s.id === selectedId);
    const next =
      event.key === 'ArrowDown' ? Math.min(index + 1, sources.length - 1) : event.key === 'ArrowUp' ? Math.max(index - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? sources.length - 1 : -1;
    if (next < 0 || next === index) return;
    event.preventDefault();
    const target = sources[next];
    if (target) onSelect(target.id);
  };

  return (
    <aside id={id} className="pane sources-pane" aria-label="Sources">
      <div className="pane-heading-row">
        <h2 className="pane-heading">
          Sources <span className="count">{sources.length}</span>
        </h2>
        {onImport && (
          <button type="button" className="small-button" onClick={onImport} title="Import articles (Ctrl+I)">
            Import…
          </button>
        )}
      </div>
      {sources.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No articles yet</p>
          <p>Bring in the reports of one story (wire copy, rewrites, translations, scraped copies) and Copydesk will line them up claim by claim.</p>
          {onImport && (
            <button type="button" onClick={onImport}>
              Import articles…
            </button>
          )}
          <p className="hint">Files (.txt, .md, .html, .docx), pasted text or a link; or drop files on the window. Junk is removed, and every removal can be undone.</p>
        </div>
      ) : (
        <div className="source-scroll" ref={scroller}>
          <ul className="source-list" onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const source = sources[item.index]!;
              const current = source.id === selectedId;
              return (
                <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="source-row" style={{ transform: `translateY(${item.start}px)` }}>
                  <button
                    type="button"
                    className="source-item"
                    data-source-id={source.id}
                    aria-current={current ? 'true' : undefined}
                    tabIndex={current || (selectedId === null && item.index === 0) ? 0 : -1}
                    onClick={() => onSelect(source.id)}
                  >
                    <span className={source.outlet ? 'source-outlet' : 'source-outlet unknown'}>{source.outlet ?? 'Outlet not set'}</span>
                    <span className="source-title">{source.title}</span>
                    <span className="source-meta">{meta(source)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
});
