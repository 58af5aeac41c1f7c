import type { Block } from '../types';

/**
 * One block per non-empty line, trimmed, with offsets into the original text so that a removal
 * can be recorded and restored exactly: text.slice(start, end) === block.text.
 */
export function splitLines(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed !== '') {
      const start = lineStart + line.indexOf(trimmed);
      blocks.push({ start, end: start + trimmed.length, text: trimmed, label: 'body', reason: null });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return blocks;
}
