/** Money, percentages and durations. */
import { CURRENCY_PREFIXES, CURRENCY_WORDS, DURATION_UNITS } from './valuesLexicon';
import type { Matcher, SentenceContext, ValueMatch } from './valuesMatch';
import { execAt, readDigits, readQuantity } from './valuesQuantity';

const CURRENCY_PREFIX = /(US\s?\$|U\.S\.\s?\$|HK\$|A\$|C\$|NZ\$|S\$|\$|€|£|¥|₹|₩|₽|USD|EUR|GBP|CNY|RMB|JPY|HKD)\s?(?=\d)/y;
const CURRENCY_SUFFIX =
  /\s*(US\s+dollars?|dollars?|pounds?\s+sterling|pounds?|sterling|euros?|yuan|renminbi|RMB|yen|rupees?|roubles?|rubles?|USD|EUR|GBP|CNY|JPY)(?![\p{L}])/iuy;
const PERCENT = /(?:\s?%|\s*(?:per\s?cent|percent|pct)(?![\p{L}])|\s+percentage\s+points?(?![\p{L}]))/iuy;
const UNIT_NAMES = [...DURATION_UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A duration unit after its figure: "35 minutes", "35-minute", "35min", "2h". */
const UNIT_AFTER = new RegExp(`(?:\\s*-\\s*|\\s+)?(${UNIT_NAMES})(?![\\p{L}\\p{N}/])`, 'iuy');
const AGE = /[\s-]*old(?![\p{L}])/iuy;
const AND_A_HALF = /\s+and\s+a\s+half(?![\p{L}])/iuy;
const ARTICLE = /(an?)\s+(?:(half)[\s-]+)?(hour|minute|second|day|week|month|year)(?![\p{L}])/iuy;
const HALF = /half[\s-]+(?:an?\s+)?(hour|minute|day|week|month|year)(?![\p{L}])/iuy;
// No comma: in "two days, half an hour" the two are usually separate items of a list.
const COMPOUND_GAP = /(?:\s+and\s+|\s+)(?=[\p{N}\p{L}])/uy;

export const matchMoney: Matcher = (ctx, at) => {
  const s = ctx.text;
  const prefix = execAt(CURRENCY_PREFIX, s, at);
  if (prefix) {
    const q = readDigits(s, at + prefix[0].length, true);
    if (!q) return null;
    const symbol = (prefix[1] ?? '').replace(/\s/g, '').toLowerCase();
    return money(q.end, q.value, CURRENCY_PREFIXES.get(symbol));
  }
  const q = readQuantity(s, at, true);
  if (!q) return null;
  const word = execAt(CURRENCY_SUFFIX, s, q.end);
  if (!word) return null;
  const name = (word[1] ?? '').replace(/\s+/g, ' ').toLowerCase();
  return money(q.end + word[0].length, q.value, CURRENCY_WORDS.get(name));
};

function money(end: number, value: number, unit: string | undefined): ValueMatch {
  return unit === undefined ? { kind: 'money', end, value } : { kind: 'money', end, value, unit };
}

export const matchPercent: Matcher = (ctx, at) => {
  const q = readQuantity(ctx.text, at);
  if (!q) return null;
  const m = execAt(PERCENT, ctx.text, q.end);
  return m ? { kind: 'percent', end: q.end + m[0].length, value: q.value } : null;
};

export const matchDuration: Matcher = (ctx, at) => {
  const first = readDuration(ctx.text, at);
  if (!first) return null;
  // "three hours and 20 minutes", "1 hour 20 minutes": add a smaller unit that follows.
  const gap = execAt(COMPOUND_GAP, ctx.text, first.end);
  const second = gap ? readDuration(ctx.text, first.end + gap[0].length) : null;
  const [end, minutes] = second && second.unit < first.unit ? [second.end, first.minutes + second.minutes] : [first.end, first.minutes];
  return { kind: 'duration', end, value: round(minutes), counts: measured(ctx, end) };
};

/** "(a) 35-minute evacuation", "7 1/2 hours of talks": what the duration measures, when a noun follows. */
const MEASURED_GAP = /(?:\s+of)?\s+(?=\p{L})/uy;
function measured(ctx: SentenceContext, end: number): string | null {
  const gap = execAt(MEASURED_GAP, ctx.text, end);
  return gap ? (ctx.nouns.nounAt(end + gap[0].length)?.lemma ?? null) : null;
}

interface Duration {
  end: number;
  minutes: number;
  /** Minutes in the unit the duration was stated in. */
  unit: number;
}

function readDuration(s: string, at: number): Duration | null {
  const article = execAt(ARTICLE, s, at);
  const half = article ? null : execAt(HALF, s, at);
  let end: number;
  let count: number;
  let unitName: string;
  if (article) {
    const unit = (article[3] ?? '').toLowerCase();
    const halved = article[2] !== undefined;
    // "a day", "a year" are mostly rates and idioms ("twice a day", "a year ago"); they count only
    // as "an hour", "a minute", or with a half ("a day and a half", "a half hour").
    const andHalf = execAt(AND_A_HALF, s, at + article[0].length);
    if (!halved && !andHalf && !['hour', 'minute', 'second'].includes(unit)) {
      return null;
    }
    count = halved ? 0.5 : 1;
    end = at + article[0].length;
    unitName = unit;
  } else if (half) {
    count = 0.5;
    end = at + half[0].length;
    unitName = (half[1] ?? '').toLowerCase();
  } else {
    const q = readQuantity(s, at);
    if (!q) return null;
    const unit = execAt(UNIT_AFTER, s, q.end);
    if (!unit) return null;
    const name = (unit[1] ?? '').toLowerCase();
    // "2h" only attached to digits; "h" after a space is too often something else.
    if (name === 'h' && unit[0].length !== 1) return null;
    count = q.value;
    end = q.end + unit[0].length;
    unitName = name;
    if (execAt(AGE, s, end)) return null; // "a 6-year-old", "five years old": an age
  }
  const perUnit = DURATION_UNITS.get(unitName);
  if (perUnit === undefined) return null;
  const andHalf = execAt(AND_A_HALF, s, end);
  if (andHalf) {
    count += 0.5;
    end += andHalf[0].length;
  }
  return { end, minutes: count * perUnit, unit: perUnit };
}

/** Seconds give fractional minutes; keep them but drop floating-point noise. */
function round(minutes: number): number {
  return Math.round(minutes * 1e6) / 1e6;
}
