/**
 * Paragraphs of a cleaned article: blocks of non-blank lines separated by one or more blank lines
 * (lines holding only whitespace). Sentences never cross these blocks.
 */

export interface ParagraphRange {
  /** Offset of the first character of the block's first line. */
  start: number;
  /** Offset just past the block's last line (before its line break). */
  end: number;
}

const NON_SPACE = /\S/;

export function findParagraphs(text: string): ParagraphRange[] {
  const out: ParagraphRange[] = [];
  let open: ParagraphRange | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (NON_SPACE.test(text.slice(lineStart, lineEnd))) {
      if (open) open.end = lineEnd;
      else open = { start: lineStart, end: lineEnd };
    } else if (open) {
      out.push(open);
      open = null;
    }
    lineStart = lineEnd + 1;
  }
  if (open) out.push(open);
  return out;
}
