/** What a value matcher reports: a candidate value before the approximate flag is decided. */
import type { ValueKind } from '../types';
import type { NounFinder } from './valuesNouns';

export interface ValueMatch {
  kind: ValueKind;
  end: number;
  value: number | string;
  unit?: string;
  counts?: string | null;
}

/** The sentence being read, with its lazily tagged nouns. */
export interface SentenceContext {
  text: string;
  nouns: NounFinder;
}

/** A matcher tries to read one value starting exactly at `at`. */
export type Matcher = (ctx: SentenceContext, at: number) => ValueMatch | null;

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
