/**
 * The word-level difference between a row's reading and one source's sentence, as plain text
 * tokens for the table to render as <ins>/<del> text (never as markup).
 */
import { diffWords } from 'diff';

export type DiffTokenKind = 'same' | 'added' | 'removed';

export interface DiffToken {
  kind: DiffTokenKind;
  text: string;
}

export interface SentenceDiff {
  tokens: DiffToken[];
  /** Share of the sentence's words that the reading also has (0–1). */
  overlap: number;
  /** True when the sentence is a rewording rather than an edit: too little in common to mark word by word. */
  reworded: boolean;
}

/** Below this share of shared words, strike-throughs would bury the sentence: it is shown as reworded. */
export const REWORDED_BELOW = 0.35;

/** `added`: words the source has that the reading lacks; `removed`: the reading's words the source lacks. */
export function diffTokens(reading: string, sentence: string): SentenceDiff {
  if (reading === sentence) return { tokens: [{ kind: 'same', text: sentence }], overlap: 1, reworded: false };
  const changes = diffWords(reading, sentence, { ignoreCase: false });
  const tokens: DiffToken[] = [];
  let sameWords = 0;
  let sentenceWords = 0;
  for (const change of changes) {
    const kind: DiffTokenKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const words = countWords(change.value);
    if (kind !== 'removed') sentenceWords += words;
    if (kind === 'same') sameWords += words;
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else tokens.push({ kind, text: change.value });
  }
  const overlap = sentenceWords === 0 ? 0 : sameWords / sentenceWords;
  if (overlap < REWORDED_BELOW) return { tokens: [{ kind: 'same', text: sentence }], overlap, reworded: true };
  return { tokens, overlap, reworded: false };
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

const cache = new Map<string, SentenceDiff>();
const CACHE_SIZE = 4000;

/** diffTokens, remembered: rows scrolled away and back are not diffed again. */
export function diffTokensCached(reading: string, sentence: string): SentenceDiff {
  const key = `${reading}\u0000${sentence}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = diffTokens(reading, sentence);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
