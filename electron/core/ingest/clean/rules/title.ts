/**
 * The headline: the first line of the story that is not junk, when it reads like a headline:
 * short, not a dateline, and not a sentence that runs on or ends with a full stop. When the
 * first line is the lead paragraph instead, there is no title block: keeping body text as body
 * is the safer error.
 */
import type { Block } from '../../types';
import { isDateline } from './dateline';
import { endsLikeSentence, hasTrailingEllipsis, wordCount } from '../text';

const MAX_TITLE_WORDS = 30;

/** Words a headline does not end on but a wrapped sentence does. */
const CONTINUING_WORD = /\b(?:and|or|but|of|to|in|on|at|for|with|by|from|the|a|an|that|which|who|as|than|between|into|its|their|his|her)$/iu;

export function looksLikeHeadline(text: string, next: string | undefined): boolean {
  const words = wordCount(text);
  if (words === 0 || words > MAX_TITLE_WORDS || isDateline(text)) return false;
  // A scraper that cut a long headline short leaves "…": still a headline, though it ends mid-phrase.
  const truncated = hasTrailingEllipsis(text);
  if (!truncated) {
    if (/[,;:–—-]$/u.test(text) || CONTINUING_WORD.test(text)) return false;
    if (endsLikeSentence(text) && !/[?!]["'”’]?$/u.test(text)) return false;
    // The next line carrying on in lower case means this line is the first half of a paragraph.
    if (next !== undefined && /^\p{Ll}/u.test(next)) return false;
  }
  return true;
}

export function markTitle(blocks: Block[]): void {
  const index = blocks.findIndex((block) => block.label !== 'boilerplate');
  const block = blocks[index];
  if (!block || block.label !== 'body') return;
  if (looksLikeHeadline(block.text, blocks[index + 1]?.text)) {
    block.label = 'title';
    block.reason = 'title';
  }
}
