/**
 * Bylines near the top: "By Jane Doe", "By Jane Doe and John Roe", "Written by Jane Doe",
 * "Jane Doe | Outlet", "By Jane Doe, Staff Writer".
 */
import type { Block } from '../../types';
import { isNameLike, wordCount } from '../text';

const BY_PREFIX = /^(?:(?:written|reported|words|story|text|posted)\s+)?by\s*:?\s+(.+)$/iu;
/** What may follow the names: " | Outlet", " – Updated …", " • 3 min read". */
const TRAILER = /\s+(?:[|•·–—]|-\s)\s*.*$/u;
/** A role after the names: "Jane Doe, Staff Writer". */
const ROLE = /,\s*(?:(?:senior|chief|staff|special|political|foreign|local|our|deputy|associate|contributing)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|staff)\b.*$/iu;

/** The authors named by a byline line, or null when the line is not a byline. */
export function bylineAuthors(text: string): string | null {
  if (wordCount(text) > 16) return null;
  const by = BY_PREFIX.exec(text);
  if (by) {
    const names = (by[1] ?? '').replace(TRAILER, '').replace(ROLE, '').trim();
    return namesAreNames(names) ? names : null;
  }
  // "Jane Doe | The Harbour Ledger"
  const bar = /^([^|]+?)\s*\|\s*([^|]+)$/u.exec(text);
  if (bar) {
    const names = (bar[1] ?? '').trim();
    const outlet = (bar[2] ?? '').trim();
    if (namesAreNames(names) && isNameLike(outlet)) return names;
  }
  return null;
}

/** The outlet after the bar in "Jane Doe | Outlet", when the byline has that shape. */
export function bylineOutlet(text: string): string | null {
  if (BY_PREFIX.test(text)) return null;
  const bar = /^([^|]+?)\s*\|\s*([^|]+)$/u.exec(text);
  return bar && bylineAuthors(text) !== null ? (bar[2] ?? '').trim() : null;
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe". */
function namesAreNames(names: string): boolean {
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/u).filter(Boolean);
  return parts.length > 0 && parts.length <= 6 && parts.every((part) => isNameLike(part));
}

/** The byline is looked for among the first few lines, before the story gets going. */
const BYLINE_WINDOW = 5;
/** A paragraph this long means the story has started. */
const STORY_STARTED_WORDS = 30;

/**
 * Marks the first byline near the top. Lines a line rule took for a credit ("Written by …")
 * are bylines when they sit up here.
 */
export function markByline(blocks: Block[]): void {
  let seen = 0;
  for (const block of blocks) {
    if (seen >= BYLINE_WINDOW) return;
    if (block.label === 'title' || (block.label === 'boilerplate' && block.reason !== 'credit')) continue;
    seen++;
    if (bylineAuthors(block.text) !== null) {
      block.label = 'byline';
      block.reason = 'byline';
      return;
    }
    if (wordCount(block.text) >= STORY_STARTED_WORDS) return;
  }
}
