import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../shared/domain/source';
import { useSearch } from './SearchContext';

/**
 * The search bar over the main area (`/`): hits across all sources, Enter / Shift+Enter (or F3 /
 * Shift+F3) for the next and previous hit, Escape to close.
 */
export function SearchBar({ sources }: { sources: SourceSummary[] }) {
  const search = useSearch();
  const input = useRef<HTMLInputElement>(null);
  const { open, focusRequest } = search;

  useEffect(() => {
    if (open) input.current?.select();
  }, [open, focusRequest]);

  if (!search.open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'F3') {
      event.preventDefault();
      search.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      search.close();
    }
  };

  const { result, active, activeHit } = search;
  const total = result?.total ?? 0;
  const outlet = (id: number) => {
    const source = sources.find((s) => s.id === id);
    return source?.outlet ?? source?.title ?? `source ${id}`;
  };
  const status =
    search.error ??
    (!result
      ? search.query.trim() === ''
        ? 'Type to search every source'
        : 'Searching…'
      : total === 0
        ? 'No matches in any source'
        : `${active + 1} of ${result.hits.length}${total > result.hits.length ? ` (first ${result.hits.length} of ${total})` : ''}${activeHit ? ` · ${outlet(activeHit.sourceId)}` : ''}`);

  return (
    <div role="search" className="search-bar" aria-label="Search sources">
      <input
        ref={input}
        type="search"
        aria-label="Search all sources"
        placeholder="Search all sources"
        value={search.query}
        onChange={(e) => search.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={200}
        spellCheck={false}
      />
      <span className="search-count" role="status">
        {status}
      </span>
      <button type="button" className="icon-button" onClick={() => search.step(-1)} disabled={!result || result.hits.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" className="icon-button" onClick={() => search.step(1)} disabled={!result || result.hits.length === 0} aria-label="Next match" title="Next match (Enter, F3)">
        ↓
      </button>
      <button type="button" className="icon-button" onClick={search.close} aria-label="Close search" title="Close (Esc)">
        ×
      </button>
    </div>
  );
}
