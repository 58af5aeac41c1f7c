/**
 * Paragraphs printed twice (a scraper or a CMS duplicating a block). The first copy stays;
 * every later copy is removed. Blocks already judged junk keep their own, more telling reason.
 */
import type { Block } from '../../types';
import { normaliseSpace } from '../text';

export function markRepeatedParagraphs(blocks: Block[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    const key = normaliseSpace(block.text);
    if (seen.has(key) && (block.label === 'body' || block.label === 'caption')) {
      block.label = 'boilerplate';
      block.reason = 'repeated-paragraph';
    }
    seen.add(key);
  }
}
