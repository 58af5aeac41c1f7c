import { useRef, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/source';
import { formatDate } from '../format';

interface Props {
  sources: SourceSummary[];
  selectedId: number | null;
  onSelect(id: number): void;
}

/** The Sources landmark: every article in the project, in import order. Arrow keys move the selection. */
export function SourcesPane({ sources, selectedId, onSelect }: Props) {
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
      <h2 className="pane-heading">
        Sources <span className="count">{sources.length}</span>
      </h2>
      {sources.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No articles yet</p>
          <p>Bring in the reports of one story (wire copy, rewrites, translations, scraped copies) and Copydesk will line them up claim by claim.</p>
          <p className="hint">Importing files, pasted text and links arrives with the import feature; until then, the sample project shows how the desk works.</p>
        </div>
      ) : (
        <ul className="source-list" ref={list} onKeyDown={onKeyDown}>
          {sources.map((source) => (
            <li key={source.id}>
              <button type="button" className="source-item" aria-current={source.id === selectedId ? 'true' : undefined} onClick={() => onSelect(source.id)}>
                <span className="source-outlet">{source.outlet ?? 'Unknown outlet'}</span>
                <span className="source-title">{source.title}</span>
                <span className="source-meta">
                  {[formatDate(source.publishedAt), `${source.wordCount.toLocaleString('en')} words`, source.openFlags > 0 ? `${source.openFlags} open flags` : null]
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
