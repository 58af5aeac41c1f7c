import { useEffect, useRef } from 'react';
import { occurrenceInSource, useSearch } from './SearchContext';
import { findTextRanges } from './textRanges';

/**
 * Paints the search hits in the reader with the CSS Custom Highlight API (`::highlight(search)`,
 * `::highlight(search-active)`): no DOM changes, so Lexical's DOM stays Lexical's. Call it in the
 * reader with the shown source's id and attach the returned ref to the element around its text.
 */
export function useSearchHighlights(sourceId: number | null) {
  const ref = useRef<HTMLElement>(null);
  const { result, active, activeHit } = useSearch();
  const query = result?.query ?? '';
  const activeHere = activeHit && activeHit.sourceId === sourceId && result ? occurrenceInSource(result.hits, active) : -1;

  useEffect(() => {
    const container = ref.current;
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || !container) return;
    let lastActive: number | null = null;
    const paint = () => {
      const text = container.querySelector('.reader-text') ?? null;
      const ranges = text && query ? findTextRanges(text, query) : [];
      CSS.highlights.set('search', new Highlight(...ranges));
      const current = ranges[activeHere];
      CSS.highlights.set('search-active', current ? new Highlight(current) : new Highlight());
      if (current && lastActive !== activeHere) {
        lastActive = activeHere;
        const element = current.startContainer.parentElement;
        element?.scrollIntoView({ block: 'center', behavior: 'instant' });
      }
    };
    paint();
    // The reader's text arrives (and changes) after this runs: repaint when it does.
    const observer = new MutationObserver(paint);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      CSS.highlights.delete('search');
      CSS.highlights.delete('search-active');
    };
  }, [query, activeHere, sourceId]);

  return ref;
}
