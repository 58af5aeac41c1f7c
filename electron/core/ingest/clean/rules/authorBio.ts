/**
 * The author box that closes many pages: "About the author …", "Follow Jane on X", "Jane Doe
 * is a correspondent … covering …", and the name card a theme prints after the article (a
 * bare name, sometimes an employer, a quoted one-line tagline).
 */
import type { Block } from '../../types';
import type { LineRule } from './lineRule';
import { isNameLike, isWhollyQuoted, wordCount } from '../text';

const SOCIAL = '(?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon|tiktok|substack)';

const BIO_OPENERS: readonly RegExp[] = [
  /^about the (?:author|writer|reporter|contributor)s?\b/iu,
  new RegExp(`^follow\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:him|her|them|\\p{Lu}[\\p{L}'’.-]*)\\s+on\\s+${SOCIAL}\\b`, 'iu'),
  /^follow\s+@\w+/iu,
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}can be (?:reached|contacted|emailed) (?:at|on|via)\b/u,
  /^(?:contact|email|e-mail) the (?:author|writer|reporter)\b/iu,
];

/** Bio openers are short paragraphs; a long one that starts "About the author's claim, …" is not. */
const MAX_BIO_WORDS = 120;

export const authorBioRule: LineRule = (text) => {
  if (wordCount(text) > MAX_BIO_WORDS) return null;
  return BIO_OPENERS.some((pattern) => pattern.test(text)) ? 'author-bio' : null;
};

/** "<Name> is a (senior foreign policy) correspondent …". Case-sensitive: the name is capitalised. */
const BIO_SENTENCE =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}(?:is|was|has been|works as)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|blogger|freelancer|freelance|photographer|intern|bureau chief|commentator)s?\b/u;
/** What a bio goes on to say that a news sentence about a person rarely does. */
const BIO_CUES =
  /\b(?:cover(?:s|ing|ed)?|based in|writes|has written|joined|previously|reports on|reporting on|speciali[sz]|graduate[ds]?|holds an?|years (?:at|with|in)|has worked|her work|his work|their work|follow (?:him|her|them)|award|fellowship)\b/iu;

/** Bios sit after the story: only the last part of the page is searched. */
const BIO_REGION_START = 0.6;

export function isBioSentence(text: string): boolean {
  return BIO_SENTENCE.test(text) && BIO_CUES.test(text) && wordCount(text) <= 200;
}

/** Bio sentences ("Jane Doe is a reporter covering …") in the last part of the page. */
export function markBioSentences(blocks: Block[]): void {
  const from = Math.floor(blocks.length * BIO_REGION_START);
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (block && block.label === 'body' && isBioSentence(block.text)) {
      block.label = 'boilerplate';
      block.reason = 'author-bio';
    }
  }
}

/** A bare name followed by a tagline or a bio: the start of an author's name card. */
export function startsNameCard(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (!block || !next || !isNameLike(block.text)) return false;
  return (isWhollyQuoted(next.text) && wordCount(next.text) <= 50) || isBioSentence(next.text);
}

/** A line of an author's name card: a name, an employer, a bio, or a quoted tagline under a name. */
function isNameCardLine(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  if (!block) return false;
  if (isNameLike(block.text) || isBioSentence(block.text)) return true;
  const previous = blocks[i - 1];
  return isWhollyQuoted(block.text) && wordCount(block.text) <= 50 && previous !== undefined && isNameLike(previous.text);
}

/**
 * The page's tail: walking back from the end over junk and name-card lines, until a line of
 * the story is met. Name-card lines there that come after some junk (a credit, "Read more at",
 * a related list) are the author box. A name-card line with no junk before it in the tail is
 * left alone: it may be the story's own last line.
 */
export function markAuthorBox(blocks: Block[]): void {
  const tail: number[] = [];
  let i = blocks.length - 1;
  for (; i >= 0; i--) {
    const block = blocks[i];
    if (!block) break;
    if (block.label === 'boilerplate') continue;
    if (block.label === 'body' && isNameCardLine(blocks, i)) {
      tail.push(i);
      continue;
    }
    break;
  }
  let firstJunk = -1;
  for (let j = i + 1; j < blocks.length; j++) {
    if (blocks[j]?.label === 'boilerplate' && !tail.includes(j)) {
      firstJunk = j;
      break;
    }
  }
  if (firstJunk === -1) return;
  for (const index of tail) {
    const block = blocks[index];
    if (block && index > firstJunk) {
      block.label = 'boilerplate';
      block.reason = 'author-bio';
    }
  }
}
