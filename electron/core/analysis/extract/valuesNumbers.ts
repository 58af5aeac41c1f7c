/** Plain figures ("212 passengers", "twenty-one", "90 km/h") and the noun or unit they count. */
import { UNIT_SYMBOLS } from './valuesLexicon';
import type { Matcher } from './valuesMatch';
import { execAt, readQuantity } from './valuesQuantity';

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}])/iuy;
const UNIT_SYMBOL = /\s?(km\/h|sq km|°[cf]|[\p{L}]+\d?)(?![\p{L}\p{N}/])/iuy;
const NEXT_WORD = /\s+(?=\p{L})/uy;
/** "one" is a pronoun after these words ("no one", "the one who", "each one"). */
const PRONOUN_ONE_BEFORE = /(?:^|[^\p{L}])(?:no|any|every|each|the|this|that|which|another|someone's|little)\s+$/iu;
const PRONOUN_ONE_AFTER = /^\s+another(?![\p{L}])/iu;

export const matchNumber: Matcher = (ctx, at) => {
  const s = ctx.text;
  const q = readQuantity(s, at);
  if (!q) return null;
  const after = s.charAt(q.end);
  if (!q.words) {
    if (execAt(ORDINAL_SUFFIX, s, q.end)) return null; // "21st" is an ordinal
    // "F-16", "COVID-19", "G20": a figure glued to a name is part of that name.
    if (/[\p{L}]/u.test(s.charAt(at - 1)) || (s.charAt(at - 1) === '-' && /\p{L}/u.test(s.charAt(at - 2)))) return null;
  } else if (/^one$/i.test(s.slice(at, q.end))) {
    if (PRONOUN_ONE_BEFORE.test(s.slice(Math.max(0, at - 16), at)) || PRONOUN_ONE_AFTER.test(s.slice(q.end, q.end + 12))) {
      return null;
    }
  }
  const unit = q.words ? null : execAt(UNIT_SYMBOL, s, q.end);
  if (unit && UNIT_SYMBOLS.has((unit[1] ?? '').toLowerCase())) {
    return { kind: 'number', end: q.end, value: q.value, counts: (unit[1] ?? '').toLowerCase() };
  }
  // Letters glued to digits that are no unit ("1990s", "5G"): not a figure we can read.
  if (!q.words && /\p{L}/u.test(after)) return null;
  const gap = execAt(NEXT_WORD, s, q.end);
  const noun = gap ? ctx.nouns.nounAt(q.end + gap[0].length) : null;
  return { kind: 'number', end: q.end, value: q.value, counts: noun?.lemma ?? null };
};
