/**
 * Character offsets of wink-nlp tokens. wink reports token values and the whitespace before each
 * token but no offsets, and it may drop or normalise characters (e.g. U+2028), so offsets are
 * recomputed here against the original text and verified, never assumed.
 */
import type { Document, WinkMethods } from 'wink-nlp';

/** Offsets of each token of `doc` within `text`; -1/-1 for a token that cannot be located. */
export interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
}

/** How far past the expected position a token may be found when wink dropped characters. */
const RESYNC_WINDOW = 64;

export function tokenOffsets(nlp: WinkMethods, doc: Document, text: string): TokenOffsets {
  const values = doc.tokens().out(nlp.its.value) as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const starts = new Int32Array(values.length).fill(-1);
  const ends = new Int32Array(values.length).fill(-1);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const expected = pos + (spaces[i] ?? '').length;
    let at = -1;
    if (value.length > 0 && text.startsWith(value, expected)) {
      at = expected;
    } else if (value.length > 0) {
      // wink normalised something: look for the token a little further on.
      const found = text.indexOf(value, pos);
      if (found >= 0 && found - pos <= RESYNC_WINDOW) at = found;
    }
    if (at >= 0) {
      starts[i] = at;
      ends[i] = at + value.length;
      pos = at + value.length;
    }
  }
  return { starts, ends };
}
