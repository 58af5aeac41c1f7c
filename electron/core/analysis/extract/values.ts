/**
 * Value extraction (design.md, Analysis pipeline, step 3): the numbers, durations, dates,
 * weekdays, times, money and percentages a sentence states, normalised so that "35-minute" and
 * "35 minutes", or "five hours" and "300 minutes", compare equal across sources.
 *
 * The sentence is read left to right; at each word start every matcher is tried and the longest
 * reading wins (the more specific on a tie), so a figure inside a date, time, sum or duration is
 * never reported again as a plain number.
 */
import type { ExtractedValue } from '../types';
import { matchDuration, matchMoney, matchPercent } from './valuesAmounts';
import { matchDate, matchTime, matchWeekday } from './valuesCalendar';
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE } from './valuesLexicon';
import type { Matcher, SentenceContext, ValueMatch } from './valuesMatch';
import { NounFinder } from './valuesNouns';
import { matchNumber } from './valuesNumbers';

/** In order of preference when two readings cover the same text. */
const MATCHERS: readonly Matcher[] = [matchDate, matchTime, matchMoney, matchPercent, matchDuration, matchWeekday, matchNumber];

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAN_START = /[\p{L}\p{N}$€£¥₹₩₽]/u;
/** First words a value can start with; anything else is skipped without running the matchers. */
const STARTER_WORDS = /^(?:a|an|half|us|u|hk|nz|usd|eur|gbp|cny|rmb|jpy|hkd|noon|midday|midnight|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)$/i;
const WORD_AT = /\p{L}+/uy;

export function extractValues(sentence: string): ExtractedValue[] {
  const ctx: SentenceContext = { text: sentence, nouns: new NounFinder(sentence) };
  const out: ExtractedValue[] = [];
  let i = 0;
  while (i < sentence.length) {
    const ch = sentence.charAt(i);
    const prev = sentence.charAt(i - 1);
    if (!CAN_START.test(ch) || (i > 0 && WORD_CHAR.test(prev) && WORD_CHAR.test(ch)) || !worthTrying(sentence, i)) {
      i++;
      continue;
    }
    const best = bestMatch(ctx, i);
    if (best) {
      out.push(toValue(sentence, i, best));
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}

function worthTrying(s: string, at: number): boolean {
  if (!/\p{L}/u.test(s.charAt(at))) return true;
  WORD_AT.lastIndex = at;
  const word = WORD_AT.exec(s)?.[0] ?? '';
  // Split "twenty-one" and the like: the first part decides.
  return STARTER_WORDS.test(word);
}

function bestMatch(ctx: SentenceContext, at: number): ValueMatch | null {
  let best: ValueMatch | null = null;
  for (const matcher of MATCHERS) {
    const m = matcher(ctx, at);
    if (m && m.end > at && (!best || m.end > best.end)) best = m;
  }
  return best;
}

function toValue(s: string, start: number, m: ValueMatch): ExtractedValue {
  const before = s.slice(Math.max(0, start - 24), start);
  const after = s.slice(m.end, m.end + 12);
  const value: ExtractedValue = {
    kind: m.kind,
    start,
    end: m.end,
    text: s.slice(start, m.end),
    value: m.value,
    approximate: APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(after),
    counts: m.counts ?? null,
  };
  if (m.unit !== undefined) value.unit = m.unit;
  return value;
}
