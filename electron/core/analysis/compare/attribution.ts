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
import { byString, dice } from './text';

/** Word overlap above which two quotations are the same words. */
const SAME_WORDS = 0.9;
const MIN_WORDS = 3;

/** `names` maps a name-cluster key to the name as printed, for the variants. */
export function attributionConflicts(quotes: readonly QuotationFact[], names: ReadonlyMap<string, string>, nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const qs = quotes.filter((q) => q.stated !== null && q.words.length >= MIN_WORDS);
  const parent = qs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      if (dice((qs[i] as QuotationFact).words, (qs[j] as QuotationFact).words) >= SAME_WORDS) parent[find(j)] = find(i);
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
