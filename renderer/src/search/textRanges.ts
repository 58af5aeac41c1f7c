/**
 * Where a phrase occurs in rendered text, as DOM Ranges, without touching the DOM: each block
 * (paragraph) is read as the concatenation of its text nodes, so a match still counts when marks
 * or highlights split the text into several nodes.
 */

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, div';

interface Piece {
  node: Text;
  from: number;
}

function blocksOf(root: Element): Element[] {
  const blocks = [...root.querySelectorAll(BLOCK)].filter((el) => !el.querySelector(BLOCK));
  return blocks.length > 0 ? blocks : [root];
}

function piecesOf(block: Element): { text: string; pieces: Piece[] } {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, from: text.length });
    text += node.data;
  }
  return { text, pieces };
}

function locate(pieces: Piece[], offset: number, preferEnd: boolean): { node: Text; offset: number } {
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const piece = pieces[i]!;
    const inside = preferEnd ? offset > piece.from : offset >= piece.from;
    if (inside || i === 0) return { node: piece.node, offset: Math.min(offset - piece.from, piece.node.data.length) };
  }
  throw new Error('no text');
}

/** A stretch of rendered text: where it starts and ends, as (text node, offset) pairs. */
export interface TextSpan {
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

/** Every occurrence of `query` (ignoring case) under `root`, in document order. Reads the DOM only. */
export function findTextSpans(root: Element, query: string): TextSpan[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const spans: TextSpan[] = [];
  for (const block of blocksOf(root)) {
    const { text, pieces } = piecesOf(block);
    if (pieces.length === 0) continue;
    const haystack = text.toLowerCase();
    if (haystack.length !== text.length) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      spans.push({ start: locate(pieces, at, false), end: locate(pieces, at + needle.length, true) });
    }
  }
  return spans;
}

/** The same occurrences as DOM Ranges, for the CSS Custom Highlight API. */
export function findTextRanges(root: Element, query: string): Range[] {
  return findTextSpans(root, query).map(({ start, end }) => {
    const range = root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}
