/** How a source came in, and what it was. */
export type SourceOrigin = 'file' | 'paste' | 'url' | 'sample';
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx';

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
  origin: SourceOrigin;
  /** The imported file's base name (null for pasted text and links). */
  fileName: string | null;
  format: SourceFormat;
  wordCount: number;
  importedAt: string;
  /** Blocks of junk removed from this source (by the cleaner or the editor). */
  removedCount: number;
  /** The source this one nearly duplicates (wire copy reprinted), if any. */
  nearDuplicateOf: number | null;
  nearDuplicateScore: number | null;
  /** Open discrepancies that involve this source (0 until analysis runs). */
  openFlags: number;
}

/** A source with its text, for the reader. */
export interface SourceDetail extends SourceSummary {
  /** The cleaned text the desk works on. */
  text: string;
}

/** Why a block is not plain body text. 'caption' is kept but is not a claim; 'title' and 'byline' become metadata. */
export type BlockReason =
  | 'title'
  | 'byline'
  | 'caption'
  | 'photo-credit'
  | 'related-links'
  | 'read-more'
  | 'ad-marker'
  | 'author-bio'
  | 'comment-form'
  | 'navigation'
  | 'credit'
  | 'share-prompt'
  | 'subscribe-prompt'
  | 'repeated-paragraph';

export type BlockLabel = 'body' | 'caption' | 'title' | 'byline' | 'boilerplate';
export type BlockChoice = 'keep' | 'remove';

/** A block of a source as the reader shows it with removed text visible. */
export interface SourceBlock {
  id: number;
  seq: number;
  text: string;
  label: BlockLabel;
  reason: BlockReason | null;
  /** The editor's own choice, which re-cleaning never overrides. */
  editorChoice: BlockChoice | null;
  /** Whether the block is left out of the cleaned text. */
  removed: boolean;
}

/** Editable metadata of a source. */
export interface SourceMetadataPatch {
  title?: string;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  language?: string | null;
}

export interface ImportResult {
  source: SourceSummary;
  /** Set when the article nearly duplicates one already in the project (kept, and marked). */
  nearDuplicateOf: { id: number; title: string; score: number } | null;
}

/** Is a block of this label part of the cleaned text unless the editor says otherwise? */
export function keptByDefault(label: BlockLabel): boolean {
  return label === 'body' || label === 'caption';
}

export function isRemoved(label: BlockLabel, choice: BlockChoice | null): boolean {
  return choice === null ? !keptByDefault(label) : choice === 'remove';
}
