/** Dates, years, weekdays and times of day. */
import { MONTHS, WEEKDAYS } from './valuesLexicon';
import type { Matcher, SentenceContext, ValueMatch } from './valuesMatch';
import { pad2 } from './valuesMatch';
import { execAt } from './valuesQuantity';

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?![\d])/y;
const DAY_MONTH = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?(?![\\p{L}])(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}]|[-.,/:]\\d))?`,
  'iuy',
);
const MONTH_DAY = new RegExp(
  `(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.:/]\\d)(?:,?\\s+(\\d{4})(?![\\p{L}\\p{N}]|[-.,/:]\\d))?`,
  'iuy',
);
const MONTH_YEAR = new RegExp(`(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?![\\p{L}\\p{N}]|[-.,/:]\\d)`, 'iuy');
const YEAR = /(\d{4})(?![\p{L}\p{N}]|[-.,/:]\d)/uy;
const WEEKDAY = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}])/iuy;
const CLOCK_12 = /(\d{1,2})(?:[.:](\d{2}))?\s?(a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\p{L}\p{N}])/iuy;
const CLOCK_24 = /([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/y;
const NAMED_TIME = /(noon|midday|midnight)(?![\p{L}])/iuy;
const FOLLOWING_WORD = /\s+(?=\p{L})/uy;

/** Month names must be capitalised: "may" and "march" are also ordinary words. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function dateValue(year: string | undefined, month: number, day: number): string | null {
  if (day < 1 || day > 31) return null;
  return year ? `${year}-${pad2(month)}-${pad2(day)}` : `--${pad2(month)}-${pad2(day)}`;
}

export const matchDate: Matcher = (ctx, at) => {
  const s = ctx.text;
  const iso = execAt(ISO_DATE, s, at);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { kind: 'date', end: at + iso[0].length, value: iso[0] };
    }
  }
  const dm = execAt(DAY_MONTH, s, at);
  if (dm && isCapitalised(dm[2] ?? '')) {
    const value = dateValue(dm[3], MONTHS.get((dm[2] ?? '').toLowerCase()) ?? 0, Number(dm[1]));
    if (value) return { kind: 'date', end: at + dm[0].length, value };
  }
  const md = execAt(MONTH_DAY, s, at);
  if (md && isCapitalised(md[1] ?? '')) {
    const value = dateValue(md[3], MONTHS.get((md[1] ?? '').toLowerCase()) ?? 0, Number(md[2]));
    if (value) return { kind: 'date', end: at + md[0].length, value };
  }
  const my = execAt(MONTH_YEAR, s, at);
  if (my && isCapitalised(my[1] ?? '') && isYear(Number(my[2]))) {
    // A month without a day: 'YYYY-MM', the ISO reduced precision form.
    const month = MONTHS.get((my[1] ?? '').toLowerCase()) ?? 0;
    return { kind: 'date', end: at + my[0].length, value: `${my[2]}-${pad2(month)}` };
  }
  return matchYear(ctx, at);
};

function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

/**
 * "in 2023": a bare year is a date. A plural noun after it ("2000 passengers") makes it a count;
 * a singular one ("the 2023 summit") does not, since a count above one takes the plural.
 */
function matchYear(ctx: SentenceContext, at: number): ValueMatch | null {
  const y = execAt(YEAR, ctx.text, at);
  if (!y || !isYear(Number(y[1]))) return null;
  const end = at + y[0].length;
  const gap = execAt(FOLLOWING_WORD, ctx.text, end);
  if (gap && ctx.nouns.nounAt(end + gap[0].length)?.plural) return null;
  return { kind: 'date', end, value: y[1] ?? '' };
}

export const matchWeekday: Matcher = (ctx, at) => {
  const m = execAt(WEEKDAY, ctx.text, at);
  if (!m || !isCapitalised(m[0])) return null;
  const day = (m[1] ?? '').toLowerCase();
  return WEEKDAYS.has(day) ? { kind: 'weekday', end: at + m[0].length, value: day } : null;
};

export const matchTime: Matcher = (ctx, at) => {
  const s = ctx.text;
  const c12 = execAt(CLOCK_12, s, at);
  if (c12) {
    const hour = Number(c12[1]);
    const minute = c12[2] === undefined ? 0 : Number(c12[2]);
    if (hour >= 0 && hour <= 12 && minute < 60) {
      const pm = (c12[3] ?? '').toLowerCase().startsWith('p');
      return { kind: 'time', end: at + c12[0].length, value: ((hour % 12) + (pm ? 12 : 0)) * 60 + minute };
    }
  }
  const c24 = execAt(CLOCK_24, s, at);
  if (c24) return { kind: 'time', end: at + c24[0].length, value: Number(c24[1]) * 60 + Number(c24[2]) };
  const named = execAt(NAMED_TIME, s, at);
  if (named) {
    const midnight = (named[1] ?? '').toLowerCase() === 'midnight';
    return { kind: 'time', end: at + named[0].length, value: midnight ? 0 : 720 };
  }
  return null;
};
