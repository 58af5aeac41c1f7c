/**
 * The same quotation (near-identical wording) credited to different speakers. Only speakers
 * the sentence itself names count: a speaker guessed from context is not evidence enough to
 * tell an editor the copy misattributes a quote.
 */
import type { Discrepancy } from './types';
import type { QuotationFact } from './quotationFacts';
import { short } from './quote';
import { buildDiscrepancy, excerpt } from './support';
import type { RawVariant } from './support';
import { byString, diceSets } from './text';

/** Word overlap above which two quotations are the same words. */
const SAME_WORDS = 0.9;
const MIN_WORDS = 3;

/** `names` maps a name-cluster key to the name as printed, for the variants. */
export function attributionConflicts(quotes: readonly QuotationFact[], names: ReadonlyMap<string, string>, nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const qs = quotes.filter((q) => q.stated !== null && q.words.length >= MIN_WORDS);
  const parent = qs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  // One comparison per pair of distinct wordings, not per pair of quotations: reprinted copy
  // repeats a quotation verbatim many times over.
  const wordings = new Map<string, { first: number; words: Set<string> }>();
  qs.forEach((q, i) => {
    const w = wordings.get(q.normalised);
    if (w === undefined) wordings.set(q.normalised, { first: i, words: new Set(q.words) });
    else parent[find(i)] = find(w.first);
  });
  // Dice ≥ SAME_WORDS needs sizes within SAME_WORDS / (2 - SAME_WORDS) of each other: sorted by size, stop early.
  const distinct = [...wordings.values()].sort((a, b) => a.words.size - b.words.size || a.first - b.first);
  const minRatio = SAME_WORDS / (2 - SAME_WORDS);
  for (let i = 0; i < distinct.length; i++) {
    const a = distinct[i] as { first: number; words: Set<string> };
    for (let j = i + 1; j < distinct.length; j++) {
      const b = distinct[j] as { first: number; words: Set<string> };
      if (a.words.size < minRatio * b.words.size) break;
      if (diceSets(a.words, b.words) >= SAME_WORDS) parent[find(b.first)] = find(a.first);
    }
  }
  const groups = new Map<number, QuotationFact[]>();
  qs.forEach((q, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), q]));
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    const bySpeaker = new Map<string, RawVariant>();
    for (const q of group) {
      const key = q.stated as string;
      const v = bySpeaker.get(key) ?? { text: names.get(key) ?? key, excerpts: [] };
      v.excerpts.push(excerpt(q.sentence, q.quotation.start, q.quotation.end));
      bySpeaker.set(key, v);
    }
    if (bySpeaker.size < 2) continue;
    const wording = [...group.map((q) => q.normalised)].sort((a, b) => a.length - b.length || byString(a, b))[0] ?? '';
    const d = buildDiscrepancy({
      kind: 'attribution',
      key: wording,
      variants: [...bySpeaker.values()],
      nearDuplicateOf: nearDup,
      summary: (vs) => `“${short(group[0]?.quotation.text ?? '')}” credited to ${vs.map((v) => `${v.text} (${v.support})`).join(' vs ')}`,
    });
    if (d !== null) out.push(d);
  }
  return out;
}
