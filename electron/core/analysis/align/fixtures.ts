/** Builds AlignableSentences from plain text for the aligner's tests. */
import type { AlignableSentence } from '../types';
import { contentTerms } from './terms';

const cache = new Map<string, string[]>();

function cachedTerms(text: string): string[] {
  let terms = cache.get(text);
  if (terms === undefined) {
    terms = contentTerms(text);
    cache.set(text, terms);
  }
  return terms;
}

export function sentence(sourceId: number, index: number, text: string): AlignableSentence {
  return { sourceId, index, text, terms: cachedTerms(text), names: [], values: [] };
}

/** Sources given as arrays of sentences; source ids are the array positions. */
export function sources(...texts: string[][]): AlignableSentence[] {
  return texts.flatMap((list, sourceId) => list.map((text, index) => sentence(sourceId, index, text)));
}

/** The claim holding a given sentence. */
export function claimOf<T extends { members: Array<{ sourceId: number; index: number }> }>(
  claims: T[],
  sourceId: number,
  index: number,
): T | undefined {
  return claims.find((c) => c.members.some((m) => m.sourceId === sourceId && m.index === index));
}
