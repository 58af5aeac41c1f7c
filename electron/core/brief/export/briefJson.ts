/**
 * The serialized brief as the exporters read it: Lexical's SerializedEditorState (version 1
 * nodes) with our own node types. Loose on purpose: the exporters read only the fields they need
 * and ignore the rest (direction, format of blocks, indent, version…). The backend validates a
 * brief against the node classes in shared/brief before it reaches an exporter.
 */

/**
 * Any serialized node. The same shape as shared/brief's SerializedBriefNode: fields beyond
 * type, text and children are read through the guards below, since the JSON comes from storage.
 */
export interface BriefNode {
  type: string;
  text?: string;
  children?: BriefNode[];
  [field: string]: unknown;
}

export interface CitedExcerpt {
  sourceId: number;
  start: number;
  end: number;
  quote: string;
}

export interface BriefDocument {
  root: BriefNode & { type: 'root'; children: BriefNode[] };
  [field: string]: unknown;
}

/** A string field (heading tag, list type, link url, section…), or undefined. */
export function stringField(node: BriefNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

/** A finite number field (text format bits, list start…), or undefined. */
export function numberField(node: BriefNode, name: string): number | undefined {
  const value = node[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A citation's source ids (integers only). */
export function citedIds(node: BriefNode): number[] {
  const value = node.sourceIds;
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}

/** A citation's excerpts (well-formed ones only). */
export function citedExcerpts(node: BriefNode): CitedExcerpt[] {
  const value = node.excerpts;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is CitedExcerpt =>
      typeof e === 'object' && e !== null && Number.isInteger(e.sourceId) && typeof e.quote === 'string' && typeof e.start === 'number' && typeof e.end === 'number',
  );
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
