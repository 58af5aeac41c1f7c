import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Excerpt } from '../../../shared/domain/analysis';

interface ExcerptFocus {
  /** The excerpt the reader should show and mark; `nonce` changes on every request, even for the same one. */
  target: (Excerpt & { nonce: number }) | null;
  show(excerpt: Excerpt): void;
}

const ExcerptFocusContext = createContext<ExcerptFocus>({ target: null, show: () => undefined });

/** “Read this in its source”: an Inspector excerpt asks, the reader scrolls to it and marks it. */
export function ExcerptFocusProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<ExcerptFocus['target']>(null);
  const show = useCallback((excerpt: Excerpt) => setTarget((previous) => ({ ...excerpt, nonce: (previous?.nonce ?? 0) + 1 })), []);
  const value = useMemo(() => ({ target, show }), [target, show]);
  return <ExcerptFocusContext.Provider value={value}>{children}</ExcerptFocusContext.Provider>;
}

export function useExcerptFocus(): ExcerptFocus {
  return useContext(ExcerptFocusContext);
}

/** How many times `quote` (ignoring case) occurs in `text` before `start`: which DOM occurrence is the excerpt. */
export function occurrenceBefore(text: string, quote: string, start: number): number {
  const needle = quote.toLowerCase();
  const haystack = text.slice(0, start).toLowerCase();
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}
