import { useEffect, useRef } from 'react';
import { occurrenceInSource, useSearch } from '../search/SearchContext';
import { findTextRanges } from '../search/textRanges';
import { occurrenceBefore, useExcerptFocus } from './ExcerptFocusContext';

const NAMES = ['search', 'search-active', 'excerpt'] as const;

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * Paints the search hits and the excerpt asked for from the Inspector in the reader, with the CSS
 * Custom Highlight API (`::highlight(search)`, `::highlight(search-active)`, `::highlight(excerpt)`):
 * no DOM changes, so Lexical's DOM stays Lexical's. Scrolls the active hit or the excerpt into
 * view. Call it in the reader with the shown source; attach the ref to the element around its text.
 */
export function useReaderHighlights(source: { id: number; text: string } | null) {
  const ref = useRef<HTMLElement>(null);
  const { result, active, activeHit } = useSearch();
  const { target } = useExcerptFocus();
  const sourceId = source?.id ?? null;
  const text = source?.text ?? '';
  const query = result?.query ?? '';
  const activeHere = activeHit && activeHit.sourceId === sourceId && result ? occurrenceInSource(result.hits, active) : -1;
  const excerpt = target && target.sourceId === sourceId ? target : null;

  useEffect(() => {
    const container = ref.current;
    if (!highlightsSupported() || !container) return;
    let scrolled = false;
    const scrollTo = (range: Range | undefined) => {
      if (!range || scrolled) return;
      scrolled = true;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    };
    const paint = () => {
      const article = container.querySelector('.reader-text');
      const hits = article && query ? findTextRanges(article, query) : [];
      CSS.highlights.set('search', new Highlight(...hits));
      const current = hits[activeHere];
      CSS.highlights.set('search-active', current ? new Highlight(current) : new Highlight());
      const quoted = article && excerpt ? findTextRanges(article, excerpt.quote) : [];
      const mark = excerpt ? (quoted[occurrenceBefore(text, excerpt.quote, excerpt.start)] ?? quoted[0]) : undefined;
      CSS.highlights.set('excerpt', mark ? new Highlight(mark) : new Highlight());
      // The latest request wins the scroll: an excerpt just clicked, else the active search hit.
      scrollTo(mark ?? current);
    };
    paint();
    // The reader's text arrives (and changes) after this runs: repaint when it does.
    const observer = new MutationObserver(paint);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      for (const name of NAMES) CSS.highlights.delete(name);
    };
  }, [query, activeHere, excerpt, text]);

  return ref;
}
