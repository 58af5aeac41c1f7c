import { useRef, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/source';
import { formatDate } from '../format';

interface Props {
  sources: SourceSummary[];
  selectedId: number | null;
  onSelect(id: number): void;
  /** Opens the import dialog; null when the project is read-only. */
  onImport: (() => void) | null;
}

/** The Sources landmark: every article in the project, in import order. Arrow keys move the selection. */
export function SourcesPane({ sources, selectedId, onSelect, onImport }: Props) {
  const list = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = sources.findIndex((s) => s.id === selectedId);
    const next =
      event.key === 'ArrowDown' ? Math.min(index + 1, sources.length - 1) : event.key === 'ArrowUp' ? Math.max(index - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? sources.length - 1 : -1;
    if (next < 0 || next === index) return;
    event.preventDefault();
    const target = sources[next];
    if (!target) return;
    onSelect(target.id);
    list.current?.querySelectorAll<HTMLButtonElement>('button.source-item')[next]?.focus();
  };

  return (
    <aside className="pane sources-pane" aria-label="Sources">
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
        <ul className="source-list" ref={list} onKeyDown={onKeyDown}>
          {sources.map((source) => (
            <li key={source.id}>
              <button type="button" className="source-item" aria-current={source.id === selectedId ? 'true' : undefined} onClick={() => onSelect(source.id)}>
                <span className={source.outlet ? 'source-outlet' : 'source-outlet unknown'}>{source.outlet ?? 'Outlet not set'}</span>
                <span className="source-title">{source.title}</span>
                <span className="source-meta">
                  {[
                    formatDate(source.publishedAt),
                    `${source.wordCount.toLocaleString('en')} words`,
                    source.nearDuplicateOf !== null ? 'near-duplicate' : null,
                    source.openFlags > 0 ? `${source.openFlags} open flags` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
