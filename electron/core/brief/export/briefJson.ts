/**
 * The serialized brief as the exporters read it: Lexical's SerializedEditorState (version 1
 * nodes) with our own node types. Loose on purpose: the exporters read only the fields they need
 * and ignore the rest (direction, format of blocks, indent, version…). The backend validates a
 * brief against the node classes in shared/brief before it reaches an exporter.
 */

/** Any serialized node; the fields below are read when present for the node's `type`. */
export interface BriefNode {
  type: string;
  children?: BriefNode[];
  /** heading, brief-section: 'h1' | 'h2' | 'h3'. */
  tag?: string;
  /** text, citation: the text (a citation's is only its display label). */
  text?: string;
  /** text: bitmask, see TEXT_FORMAT. */
  format?: number | string;
  /** list */
  listType?: string;
  start?: number;
  /** link */
  url?: string;
  /** tablecell: 0 none, 1 row, 2 column, 3 both. */
  headerState?: number;
  /** citation */
  sourceIds?: number[];
  excerpts?: CitedExcerpt[];
  /** brief-section */
  section?: string;
  [field: string]: unknown;
}

export interface CitedExcerpt {
  sourceId: number;
  start: number;
  end: number;
  quote: string;
}

export interface BriefDocument {
  root: { type: 'root'; children: BriefNode[] } & Record<string, unknown>;
}

/** One source as the reference list names it. */
export interface ExportSource {
  id: number;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** ISO date or date-time, or free text when the article gave no parsable date. */
  publishedAt: string | null;
  url: string | null;
}

export interface ExportMeta {
  /** The brief's title (fallback headline; the print header and the HTML <title>). */
  title: string;
  /** ISO date-time of the export. */
  exportedAt: string;
}

/** Lexical's text format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;
