/** Site navigation that a scraper kept: "Return to top", "Next Post: …", breadcrumbs, menu words. */
import type { LineRule } from './lineRule';
import { matchesAny } from './lineRule';
import { looksLikeRunningProse, wordCount } from '../text';

const NAVIGATION_LINES: readonly RegExp[] = [
  /^(?:back|go|return|scroll|jump) (?:to|back to) (?:the )?top\b.{0,20}$/iu,
  /^skip to (?:the )?(?:main )?(?:content|navigation|search|footer)$/iu,
  /^(?:[«‹←]\s*)?(?:next|previous|prev|older|newer)(?:\s*[»›→])?$/iu,
  /^(?:home|menu|main menu|search|close|toggle navigation|open menu|sections|top stories)$/iu,
];

/** "Next Post: <headline>", "Previous article", "Next article Previous article". */
const POST_LINK = /^(?:[«‹←]\s*)?(?:next|previous|prev|older|newer) (?:post|article|story|page|entry|item)s?\b/iu;
/** A breadcrumb trail: "Home » World » Asia". */
const BREADCRUMB = /^[^»›]{1,40}(?:\s[»›]\s[^»›]{1,40}){2,}$/u;

export const navigationRule: LineRule = (text) => {
  if (matchesAny(NAVIGATION_LINES, text)) return 'navigation';
  if (POST_LINK.test(text) && wordCount(text) <= 25 && !looksLikeRunningProse(text)) return 'navigation';
  if (BREADCRUMB.test(text) && wordCount(text) <= 15) return 'navigation';
  return null;
};
