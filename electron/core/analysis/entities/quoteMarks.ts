/**
 * Pairing quotation marks in scraped text. Copy arrives with straight and curly quotes,
 * guillemets and German low-high quotes, and often with one mark lost or doubled ("…issue“.").
 * A mark that cannot be paired is ignored rather than guessed at: a wrong quotation span is
 * worse than a missing one, because the desk would compare the wrong words.
 */

/** Offsets of the opening and closing marks of one quotation (each mark is one code unit). */
export interface MarkPair {
  open: number;
  close: number;
}

const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»' };

/** A straight quote opens when it starts a word: at the start or after space or opening punctuation. */
const opensHere = (s: string, i: number): boolean => i === 0 || /[\s([{\u2014\u2013\-/:,]/u.test(s[i - 1] ?? '');
/** …and closes when it ends one: at the end or before space or punctuation. */
const closesHere = (s: string, i: number): boolean => i === s.length - 1 || /[\s.,;:!?)\]}\u2014\u2013\-…]/u.test(s[i + 1] ?? '');

function closeCurly(s: string, i: number, open: string): number {
  const closers = CLOSERS[open] ?? '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j] as string;
    if (closers.includes(c)) return j;
    // Another opener of the same kind before any closer: the first mark lost its partner.
    if (c === open) return -1;
  }
  return -1;
}

function closeStraight(s: string, i: number): number {
  const j = s.indexOf('"', i + 1);
  return j >= 0 && closesHere(s, j) ? j : -1;
}

export function pairQuoteMarks(s: string): MarkPair[] {
  const pairs: MarkPair[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    let close = -1;
    if (c in CLOSERS) close = closeCurly(s, i, c);
    else if (c === '"' && opensHere(s, i)) close = closeStraight(s, i);
    if (close > i) {
      pairs.push({ open: i, close });
      i = close + 1;
    } else {
      i++;
    }
  }
  return pairs;
}
