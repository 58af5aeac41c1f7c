/**
 * Ad placeholders left in scraped text: WordPress-style shortcodes ([ad_slot id="…"], [ad_7],
 * [adinserter block="4"]) and the words publishers print where an advert sat.
 */
import type { LineRule } from './lineRule';
import { matchesAny } from './lineRule';
import { isHeadlineLike } from '../text';

/** A whole line that is one shortcode tag, opening or closing. */
const SHORTCODE = /^\[\/?([a-z][\w-]*)((?:\s[^\]]*)?)\]$/iu;
/** Shortcode names that are ads even without attributes. */
const AD_NAME = /^(?:ad|ads|advert|adverts|advertisement|adsense|adinserter|adrotate|banner|sponsor|dfp|gpt)(?:[_-]\w*|\d*)$/iu;

const AD_LINES: readonly RegExp[] = [
  /^[-–—\s]*advertisements?[-–—\s]*$/iu,
  /^(?:sponsored|sponsored content|sponsored links?|paid content|paid post|promoted|promoted content|partner content|ad|ads)$/iu,
  /^(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad))?\.?$/iu,
  /^advertisement\s*[-–—:]\s*scroll to continue$/iu,
  /^scroll (?:down )?to continue(?: with content| reading)?$/iu,
];

/** "Sponsored content: <headline>" is an ad teaser; a sentence starting "Sponsored" is not. */
const SPONSORED_TEASER = /^(?:sponsored(?: content)?|promoted|paid content|advertisement)\s*[:|–—-]\s*(.+)$/iu;

export const adMarkerRule: LineRule = (text) => {
  const shortcode = SHORTCODE.exec(text);
  if (shortcode) {
    const name = shortcode[1] ?? '';
    const attributes = shortcode[2] ?? '';
    // Attributes (key=value) mark a machine tag; a bare [Name] could be an editor's note.
    if (attributes.includes('=') || AD_NAME.test(name) || /[_\d]/u.test(name)) return 'ad-marker';
  }
  if (matchesAny(AD_LINES, text)) return 'ad-marker';
  const teaser = SPONSORED_TEASER.exec(text);
  if (teaser && isHeadlineLike(teaser[1] ?? '')) return 'ad-marker';
  return null;
};
