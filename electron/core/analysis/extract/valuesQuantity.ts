/**
 * Reading a quantity at a position: digits ("1,200", "3.5", "7 1/2", "7½", "1.2 million") or
 * words ("five", "twenty-one", "a dozen", "two hundred and fifty", "five and a half").
 */
import { NUMBER_WORDS, SCALE_WORDS, SHORT_SCALES } from './valuesLexicon';

export interface Quantity {
  value: number;
  /** Offset just past the quantity. */
  end: number;
  /** Written in words rather than digits. */
  words: boolean;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
// Fractions only with small denominators, so "9/11" and "24/7" are not read as numbers.
const FRACTION = /(?:\s+|-)?([1-3])\/([234])(?![\d/])/y;
const BARE_FRACTION = /([1-3])\/([234])(?![\d/])/y;
const VULGAR: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);
const AND_A_HALF = /\s+and\s+a\s+half(?![\p{L}])/iuy;
const LONG_SCALE = /[\s-]+(thousand|million|billion|trillion)(?![\p{L}])/iuy;
const SHORT_SCALE = /\s?(bn|mn|mln|tn|m|b|k)(?![\p{L}\p{N}])/iuy;
const WORD = /\p{L}+/uy;
const GAP = /[\s-]+/y;
const AND_GAP = /\s+and\s+/iy;

/** Runs a sticky regular expression at `at`. */
export function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** A number written in digits at `at`, with an optional fraction, "and a half" and scale word. */
export function readDigits(s: string, at: number, shortScale = false): Quantity | null {
  const bare = execAt(BARE_FRACTION, s, at);
  if (bare) return { value: Number(bare[1]) / Number(bare[2]), end: at + bare[0].length, words: false };
  const m = execAt(DIGITS, s, at);
  if (!m) return null;
  let value = Number(m[0].replace(/,/g, ''));
  let end = at + m[0].length;
  if (/^\d/.test(s.charAt(end))) return null;
  const frac = m[0].includes('.') ? null : execAt(FRACTION, s, end);
  const vulgar = VULGAR.get(s.charAt(end));
  if (frac) {
    value += Number(frac[1]) / Number(frac[2]);
    end += frac[0].length;
  } else if (vulgar !== undefined) {
    value += vulgar;
    end += 1;
  }
  return withTail(s, { value, end, words: false }, shortScale);
}

/** A number written in words at `at` ("twenty-one", "a dozen", "two hundred and fifty"). */
export function readWords(s: string, at: number): Quantity | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let end = at;
  let pos = at;
  let article = false;
  let lastWasScale = false;
  for (;;) {
    const w = execAt(WORD, s, pos);
    if (!w) break;
    const word = w[0].toLowerCase();
    const wordEnd = pos + w[0].length;
    const unit = NUMBER_WORDS.get(word);
    const scale = SCALE_WORDS.get(word);
    if (!seen && !article && (word === 'a' || word === 'an')) {
      // "a dozen", "a hundred": the article stands for one, but only before such a word.
      article = true;
    } else if (unit !== undefined && (!seen || lastWasScale || (current % 100 >= 20 && current % 10 === 0 && unit < 10))) {
      // Units join a number only after a scale word or a tens word: "five six" is two numbers.
      if (article && !seen) break;
      current += unit;
      seen = true;
      lastWasScale = false;
      end = wordEnd;
    } else if (word === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      lastWasScale = true;
      end = wordEnd;
    } else if (scale !== undefined && (seen || article)) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
      lastWasScale = true;
      end = wordEnd;
    } else break;
    const and = lastWasScale ? execAt(AND_GAP, s, wordEnd) : null;
    const gap = and ?? execAt(GAP, s, wordEnd);
    if (!gap) break;
    pos = wordEnd + gap[0].length;
  }
  if (!seen) return null;
  return withTail(s, { value: total + current, end, words: true }, false);
}

/** Digits or words at `at`. */
export function readQuantity(s: string, at: number, shortScale = false): Quantity | null {
  return /\d/.test(s.charAt(at)) ? readDigits(s, at, shortScale) : readWords(s, at);
}

/** "and a half" and scale words after a quantity ("five and a half", "1.2 million", "3bn"). */
function withTail(s: string, q: Quantity, shortScale: boolean): Quantity {
  const half = execAt(AND_A_HALF, s, q.end);
  if (half) return { ...q, value: q.value + 0.5, end: q.end + half[0].length };
  const long = execAt(LONG_SCALE, s, q.end);
  if (long) {
    const scale = SCALE_WORDS.get((long[1] ?? '').toLowerCase()) ?? 1;
    return { ...q, value: q.value * scale, end: q.end + long[0].length };
  }
  if (shortScale && !q.words) {
    const short = execAt(SHORT_SCALE, s, q.end);
    const scale = short ? SHORT_SCALES.get((short[1] ?? '').toLowerCase()) : undefined;
    if (short && scale !== undefined) return { ...q, value: q.value * scale, end: q.end + short[0].length };
  }
  return q;
}
