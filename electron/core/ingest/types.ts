/**
 * The shapes that pass between the steps of an import: bytes → decoded text or HTML →
 * extracted article text + metadata → classified blocks → the stored source.
 */

import type { BlockLabel, BlockReason } from '../../../shared/domain/source';

/** What an article says about itself. Every field is optional: later steps fill the gaps. */
export interface ArticleMetadata {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or ISO date-time. */
  publishedAt: string | null;
  url: string | null;
  /** BCP 47 language tag, e.g. "en", "en-GB". */
  language: string | null;
}

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'docx';

/** Bytes read honestly: the text, and what it was. */
export interface DecodedFile {
  format: ArticleFormat;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'docx';
  /** The text as imported (for HTML, the HTML source; for docx, the document's plain text). Kept verbatim for provenance. */
  text: string;
}

/** An article's text ready for cleaning: plain text, paragraphs separated by blank lines, \n line ends. */
export interface ExtractedArticle {
  text: string;
  metadata: Partial<ArticleMetadata>;
  /** Lines the extractor already knows are not body (e.g. figcaption → caption). Matched by exact line text. */
  captions?: string[];
}

export type { BlockLabel, BlockReason } from '../../../shared/domain/source';

/** One line-block of the prepared text, with the cleaner's verdict. Offsets are into the prepared text. */
export interface Block {
  start: number;
  end: number;
  text: string;
  label: BlockLabel;
  /** null for body; the reason otherwise. */
  reason: BlockReason | null;
}
