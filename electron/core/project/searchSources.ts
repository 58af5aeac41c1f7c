/**
 * Plain-text search over the sources' cleaned text: case-insensitive, every occurrence, with a
 * one-line snippet. Pure: the session passes the texts in.
 */
import type { SearchHit, SearchResult } from '../../../shared/domain/search';

export const SEARCH_LIMIT = 2000;
const CONTEXT = 40;

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * Lower-casing can change a string's length (“İ” becomes two code units), which would shift every
 * offset after it; such texts are searched by a locale-aware compare of each window instead.
 */
function occurrences(text: string, query: string): number[] {
  const needle = query.toLowerCase();
  const haystack = text.toLowerCase();
  const found: number[] = [];
  if (haystack.length === text.length) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
    return found;
  }
  for (let at = 0; at + query.length <= text.length; at += 1) {
    if (text.slice(at, at + query.length).localeCompare(query, undefined, { sensitivity: 'accent' }) === 0) {
      found.push(at);
      at += query.length - 1;
    }
  }
  return found;
}

export function searchSources(sources: ReadonlyArray<{ id: number; text: string }>, rawQuery: string, limit = SEARCH_LIMIT): SearchResult {
  const query = rawQuery.trim();
  const hits: SearchHit[] = [];
  let total = 0;
  if (query === '') return { query, hits, total };
  for (const source of sources) {
    for (const start of occurrences(source.text, query)) {
      total += 1;
      if (hits.length < limit) hits.push({ sourceId: source.id, start, end: start + query.length, snippet: snippet(source.text, start, start + query.length) });
    }
  }
  return { query, hits, total };
}
