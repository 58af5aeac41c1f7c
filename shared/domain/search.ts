/** Search across every source's cleaned text. Offsets are into the cleaned text, like excerpts. */
export interface SearchHit {
  sourceId: number;
  start: number;
  end: number;
  /** A short stretch of text around the hit, on one line, for a list of results. */
  snippet: string;
}

export interface SearchResult {
  query: string;
  /** Every hit, in source order then text order, up to `limit`. */
  hits: SearchHit[];
  /** How many hits there are in all (more than hits.length when the limit cut them off). */
  total: number;
}
