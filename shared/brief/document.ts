/**
 * The brief as it travels and is stored: Lexical's serialized editor state (JSON only). These
 * helpers read it without an editor, for word counts and labels on both sides of the API.
 */
export interface SerializedBriefNode {
  type: string;
  text?: string;
  children?: SerializedBriefNode[];
  [field: string]: unknown;
}

export interface BriefDocument {
  root: SerializedBriefNode & { type: 'root'; children: SerializedBriefNode[] };
  [field: string]: unknown;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'brief-claim', 'brief-standfirst', 'brief-section']);

/** The brief's text as a reader sees it, block per line; citations left out unless asked for. */
export function briefPlainText(doc: BriefDocument, withCitations = false): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: SerializedBriefNode): void => {
    if (node.type === 'citation') {
      if (withCitations) line += node.text ?? '';
      return;
    }
    if (node.type === 'linebreak') line += '\n';
    if (typeof node.text === 'string') line += node.text;
    for (const child of node.children ?? []) walk(child);
    if (BLOCK_TYPES.has(node.type)) {
      if (line.trim() !== '') lines.push(line.trim());
      line = '';
    }
  };
  walk(doc.root);
  if (line.trim() !== '') lines.push(line.trim());
  return lines.join('\n');
}

/** Words in the brief, citations not counted. */
export function briefWordCount(doc: BriefDocument): number {
  const words = briefPlainText(doc).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu);
  return words ? words.length : 0;
}

/** The sources a brief cites, in order of first citation. */
export function citedSourceIds(doc: BriefDocument): number[] {
  const seen: number[] = [];
  const walk = (node: SerializedBriefNode): void => {
    if (node.type === 'citation' && Array.isArray(node.sourceIds)) {
      for (const id of node.sourceIds) if (typeof id === 'number' && !seen.includes(id)) seen.push(id);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(doc.root);
  return seen;
}
