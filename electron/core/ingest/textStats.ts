import { createHash } from 'node:crypto';

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Words as a reader counts them (Unicode word segmentation, punctuation excluded). */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) n++;
  return n;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Line endings to \n, a leading byte-order mark dropped; nothing else changes. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
