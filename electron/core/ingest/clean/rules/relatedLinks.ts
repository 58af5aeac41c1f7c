/**
 * Links to other stories: "Related: A | B", "Read more: …", "See also …", "Read more at
 * outlet.example", "Original article", and the list of headlines that follows a bare marker line such
 * as "Related stories:" or "Recommended". A long sentence with several clauses that happens to start
 * "Read more" is body.
 */
import type { Block, BlockReason } from '../../types';
import { startsNameCard } from './authorBio';
import { isDateline } from './dateline';
import { isHeadlineLike, looksLikeRunningProse, wordCount } from '../text';

type LinkReason = Extract<BlockReason, 'related-links' | 'read-more'>;

interface Marker {
  pattern: RegExp;
  reason: LinkReason;
  /**
   * Strong markers are almost never how a sentence starts, so a headline after them is enough.
   * Weak ones ("Trending", "More from") must stand alone or be followed by a separator.
   */
  strong: boolean;
}

const MARKERS: readonly Marker[] = [
  { pattern: /^related(?:\s+(?:articles?|stories|story|posts?|news|coverage|content|reading|topics|links?|items|video))?\b/iu, reason: 'related-links', strong: true },
  { pattern: /^(?:read|see|watch) also\b/iu, reason: 'related-links', strong: true },
  { pattern: /^also (?:read|see|watch)\b/iu, reason: 'related-links', strong: true },
  { pattern: /^read on\b/iu, reason: 'related-links', strong: true },
  { pattern: /^read more(?:\s+(?:at|on|from|here|about|in))?\b/iu, reason: 'read-more', strong: true },
  { pattern: /^(?:continue|keep) reading(?:\s+(?:at|on|here))?\b/iu, reason: 'read-more', strong: true },
  { pattern: /^(?:source\s+link|original (?:article|story|source)|view (?:the )?original(?: article)?)\b/iu, reason: 'read-more', strong: true },
  { pattern: /^(?:click|tap) here to read\b/iu, reason: 'read-more', strong: true },
  { pattern: /^(?:more (?:from|on|stories|news|coverage|articles)|recommended(?: (?:for you|stories|reading|articles|videos?))?)\b/iu, reason: 'related-links', strong: false },
  { pattern: /^(?:you (?:may|might|could) also (?:like|enjoy|be interested in)|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular (?:stories|posts|articles)|what to read next|editor'?s picks|latest (?:news|stories|posts|articles)|top stories|don'?t miss)\b/iu, reason: 'related-links', strong: false },
];

/** What may separate a marker from its link text: a colon, bar, arrow, dash or a wide gap. */
const SEPARATOR = /^(?:\s*[:|»›>→–—-]+\s*|\s{2,})/u;

interface MarkerLine {
  reason: LinkReason;
  /** The marker stands alone ("Related stories:", "Recommended"): a headline list may follow. */
  bare: boolean;
}

export function relatedMarker(text: string): MarkerLine | null {
  if (looksLikeRunningProse(text)) return null;
  for (const marker of MARKERS) {
    const match = marker.pattern.exec(text);
    if (!match) continue;
    const after = text.slice(match[0].length);
    const rest = after.replace(SEPARATOR, '').trim();
    const separated = SEPARATOR.test(after);
    if (rest === '' || /^[:.…]*$/u.test(rest)) return { reason: marker.reason, bare: true };
    // "More from The Harbour Ledger:" introduces a list just as "Related stories:" does.
    if (/:\s*$/u.test(text) && wordCount(text) <= 8) return { reason: marker.reason, bare: true };
    if ((separated || marker.strong) && isHeadlineLike(rest)) return { reason: marker.reason, bare: false };
    // "Related: A | B | C" can run past a headline's length; the bars say it is a list.
    if (separated && rest.includes('|')) return { reason: marker.reason, bare: false };
  }
  return null;
}

/** Headlines listed under a bare marker are at most this many; more would be an article. */
const MAX_LIST_ITEMS = 12;

function isListItem(block: Block): boolean {
  return block.label === 'body' && isHeadlineLike(block.text) && !isDateline(block.text);
}

/**
 * After a bare marker line, the short headline-like lines that follow are the list it
 * introduces, until body text resumes. Lines already judged junk are stepped over.
 */
export function markHeadlineLists(blocks: Block[], markerLines: ReadonlySet<number>): void {
  for (const index of markerLines) {
    const marker = blocks[index];
    if (!marker || marker.label !== 'boilerplate') continue;
    const reason = marker.reason === 'read-more' ? 'read-more' : 'related-links';
    let taken = 0;
    for (let i = index + 1; i < blocks.length && taken < MAX_LIST_ITEMS; i++) {
      const block = blocks[i];
      if (!block) break;
      if (block.label === 'boilerplate') continue;
      // An author's name card under the list is not one of its headlines: the author box takes it.
      if (!isListItem(block) || startsNameCard(blocks, i)) break;
      block.label = 'boilerplate';
      block.reason = reason;
      taken++;
    }
  }
}
