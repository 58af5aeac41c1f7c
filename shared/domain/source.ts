/** One imported article, as listed in the Sources pane. */
export interface SourceSummary {
  id: number;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, as the article gave it. */
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  wordCount: number;
  importedAt: string;
  /** Open discrepancies that involve this source (0 until analysis runs). */
  openFlags: number;
}

/** A source with its text, for the reader. */
export interface SourceDetail extends SourceSummary {
  /** The cleaned text the desk works on. */
  text: string;
}
