import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SearchHit, SearchResult } from '../../../shared/domain/search';
import { useApi } from '../api/ApiContext';
import { toErrorInfo } from '../useDesk';

export interface SearchState {
  open: boolean;
  query: string;
  result: SearchResult | null;
  /** Index into result.hits of the hit shown, or -1. */
  active: number;
  activeHit: SearchHit | null;
  error: string | null;
  /** Bumped each time the search bar is asked to take focus (`/` while it is open). */
  focusRequest: number;
  show(): void;
  close(): void;
  setQuery(query: string): void;
  /** Next (+1) or previous (-1) hit, wrapping around. */
  step(delta: 1 | -1): void;
  /** Hears every hit that becomes the shown one (to open its source); returns the unsubscribe. */
  onHit(listener: (hit: SearchHit) => void): () => void;
}

const SearchContext = createContext<SearchState | null>(null);
const DEBOUNCE_MS = 150;

/** Search across all sources: the query, its hits (from sources.search) and the hit being shown. */
export function SearchProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const listeners = useRef(new Set<(hit: SearchHit) => void>());
  const hitsRef = useRef<SearchHit[]>([]);
  const activeRef = useRef(-1);

  /** Shows hit `index` of `hits` and tells the listeners. */
  const goTo = useCallback((hits: SearchHit[], index: number, announce = true) => {
    hitsRef.current = hits;
    activeRef.current = index;
    setActive(index);
    const hit = hits[index];
    if (hit && announce) for (const listener of listeners.current) listener(hit);
  }, []);
  const searched = useRef('');
  const onHit = useCallback((listener: (hit: SearchHit) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  // Sources imported, edited or re-cleaned: search them again.
  const [generation, setGeneration] = useState(0);
  useEffect(() => api.on('sources.changed', () => setGeneration((n) => n + 1)), [api]);

  useEffect(() => {
    if (!open || query.trim() === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      api.call('sources.search', { query }).then(
        (found) => {
          if (!live) return;
          setResult(found);
          setError(null);
          if (found.query === searched.current) {
            // The same search over changed sources: stay near the same hit, without jumping to it.
            goTo(found.hits, Math.min(activeRef.current, found.hits.length - 1), false);
          } else {
            searched.current = found.query;
            goTo(found.hits, found.hits.length > 0 ? 0 : -1);
          }
        },
        (cause: unknown) => live && setError(toErrorInfo(cause).message),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, open, query, goTo, generation]);

  const show = useCallback(() => {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const changeQuery = useCallback((next: string) => {
    setQuery(next);
    if (next.trim() === '') {
      setResult(null);
      hitsRef.current = [];
      activeRef.current = -1;
      searched.current = '';
      setActive(-1);
    }
  }, []);
  const step = useCallback(
    (delta: 1 | -1) => {
      const hits = hitsRef.current;
      if (hits.length > 0) goTo(hits, (activeRef.current + delta + hits.length) % hits.length);
    },
    [goTo],
  );

  const shownResult = open && query.trim() !== '' ? result : null;
  const value = useMemo<SearchState>(
    () => ({ open, query, result: shownResult, active, activeHit: shownResult?.hits[active] ?? null, error, focusRequest, show, close, setQuery: changeQuery, step, onHit }),
    [open, query, shownResult, active, error, focusRequest, show, close, changeQuery, step, onHit],
  );
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

export function useSearch(): SearchState {
  const state = useContext(SearchContext);
  if (!state) throw new Error('useSearch outside SearchProvider');
  return state;
}

/** Which occurrence within its own source the active hit is (hits come in source order). */
export function occurrenceInSource(hits: readonly SearchHit[], active: number): number {
  const hit = hits[active];
  if (!hit) return -1;
  let n = 0;
  for (let i = 0; i < active; i += 1) if (hits[i]!.sourceId === hit.sourceId) n += 1;
  return n;
}
