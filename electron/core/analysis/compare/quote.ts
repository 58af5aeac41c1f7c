/**
 * The same quotation worded differently: quotations in one claim, or credited to the same
 * speaker, whose words largely overlap but are not identical after normalising punctuation,
 * case and curly quotes. A shorter quotation contained in a longer one is a fragment, not a
 * rewording.
 */
import type { Discrepancy } from './types';
import type { QuotationFact } from './quotationFacts';
import { buildDiscrepancy, excerpt } from './support';
import type { RawVariant } from './support';
import { byString, orderedOverlap } from './text';

/**
 * Ordered word overlap (text.ts) from which two quotations are the same one reworded; chosen on
 * the sample and corpus: true rewordings score 0.5–0.9, different remarks on one topic about 0.3.
 */
export const SAME_QUOTATION = 0.45;
/** Quotations this short are too generic ("good", "very productive") to call rewordings. */
const MIN_WORDS = 4;
/**
 * A rewording is about as long as the original; a much shorter quotation that shares its words
 * is a fragment quoted from it (or another sentence of the same speech), not a rewording.
 */
const MIN_LENGTH_RATIO = 0.6;

const isFragment = (a: string, b: string): boolean => a !== b && b.includes(a);

/** The same quotation, reworded or not: mostly the same words, and comparable in length. */
export function sameQuotation(a: readonly string[], b: readonly string[]): boolean {
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  return ratio >= MIN_LENGTH_RATIO && orderedOverlap(a, b) >= SAME_QUOTATION;
}

/** `names` maps a name-cluster key to the name as printed, for the summary. */
export function quoteConflicts(quotes: readonly QuotationFact[], names: ReadonlyMap<string, string>, nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const qs = quotes.filter((q) => q.words.length >= MIN_WORDS);
  const parent = qs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  // Distinct wordings, each with an occurrence standing for every claim and speaker it occurs
  // with: reprinted copy repeats a quotation verbatim, and the word-order comparison is the
  // dearest check of the step, so it runs once per pair of wordings, not per pair of quotations.
  interface Wording {
    words: string[];
    byClaim: Map<number, number>;
    bySpeaker: Map<string, number>;
  }
  const wordings = new Map<string, Wording>();
  qs.forEach((q, i) => {
    let w = wordings.get(q.normalised);
    if (w === undefined) wordings.set(q.normalised, (w = { words: q.words, byClaim: new Map(), bySpeaker: new Map() }));
    // The same words in one claim or from one speaker are one quotation.
    const join = <K>(m: Map<K, number>, k: K): void => {
      const rep = m.get(k);
      if (rep === undefined) m.set(k, i);
      else parent[find(i)] = find(rep);
    };
    if (q.claim >= 0) join(w.byClaim, q.claim);
    if (q.inferred !== null) join(w.bySpeaker, q.inferred);
  });
  const distinct = [...wordings.values()];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = [distinct[i] as Wording, distinct[j] as Wording];
      // Two wordings meet where they share a claim or a speaker, and only there.
      const shared: Array<[number, number]> = [];
      for (const [c, x] of a.byClaim) {
        const y = b.byClaim.get(c);
        if (y !== undefined) shared.push([x, y]);
      }
      for (const [sp, x] of a.bySpeaker) {
        const y = b.bySpeaker.get(sp);
        if (y !== undefined) shared.push([x, y]);
      }
      if (shared.length === 0 || !sameQuotation(a.words, b.words)) continue;
      for (const [x, y] of shared) parent[find(y)] = find(x);
    }
  }
  const groups = new Map<number, QuotationFact[]>();
  qs.forEach((q, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), q]));
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    const byWording = new Map<string, RawVariant>();
    for (const q of group) {
      const v = byWording.get(q.normalised) ?? { text: q.quotation.text, excerpts: [] };
      v.excerpts.push(excerpt(q.sentence, q.quotation.start, q.quotation.end));
      byWording.set(q.normalised, v);
    }
    const wordings = [...byWording.keys()];
    const kept = wordings.filter((w) => !wordings.some((o) => isFragment(w, o)));
    if (kept.length < 2) continue;
    // Named only when a sentence names the speaker: a speaker guessed from context can be wrong.
    const speaker = group.find((q) => q.stated !== null)?.stated ?? null;
    const d = buildDiscrepancy({
      kind: 'quote',
      // The shortest wording keys the quotation: stable whichever source is read first.
      key: `${speaker ?? ''}\u0000${[...kept].sort((a, b) => a.length - b.length || byString(a, b))[0] ?? ''}`,
      variants: kept.map((w) => byWording.get(w) as RawVariant),
      nearDuplicateOf: nearDup,
      summary: (vs) => `Quotation${speaker === null ? '' : ` of ${names.get(speaker) ?? speaker}`} worded ${vs.length} ways: ${vs.map((v) => `“${short(v.text)}” (${v.support})`).join(' vs ')}`,
    });
    if (d !== null) out.push(d);
  }
  return out;
}

export function short(s: string, max = 40): string {
  return s.length <= max ? s : `${s.slice(0, max).trimEnd()}…`;
}
