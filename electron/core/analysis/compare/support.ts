/**
 * Consensus for one discrepancy (design.md, step 6): which variant has the most independent
 * support, how sure we are, and why. Wire copy reprinted by another outlet is not independent
 * support, so a source and the source it nearly duplicates count once.
 */
import type { Discrepancy, DiscrepancyKind, Excerpt, Variant } from './types';
import { byString, normalise, plural, shortHash } from './text';

/** A variant before consensus: its display text and the excerpts that carry it. */
export interface RawVariant {
  text: string;
  excerpts: Excerpt[];
}

/** Source id → the id that stands for its group of near-duplicates (the smallest id). */
export function independenceGroups(ids: Iterable<number>, nearDuplicateOf: ReadonlyMap<number, number>): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const all = new Set(ids);
  for (const [a, b] of nearDuplicateOf) {
    all.add(a);
    all.add(b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  return new Map([...all].map((id) => [id, find(id)]));
}

/** Number of independent sources among `sourceIds`. */
export function independentCount(sourceIds: Iterable<number>, nearDuplicateOf: ReadonlyMap<number, number>): number {
  const ids = [...new Set(sourceIds)];
  const groups = independenceGroups(ids, nearDuplicateOf);
  return new Set(ids.map((id) => groups.get(id) ?? id)).size;
}

function finishVariant(v: RawVariant): Variant {
  const excerpts = [...v.excerpts].sort((a, b) => a.sourceId - b.sourceId || a.start - b.start);
  return { text: v.text, sourceIds: [...new Set(excerpts.map((e) => e.sourceId))].sort((a, b) => a - b), excerpts };
}

export interface BuildOptions {
  kind: DiscrepancyKind;
  /** Normalised key of the claim or name cluster the discrepancy is about. */
  key: string;
  variants: RawVariant[];
  nearDuplicateOf: ReadonlyMap<number, number>;
  /** The one-line summary, given the variants with their independent support. */
  summary: (variants: Array<{ text: string; support: number }>) => string;
}

/** The stable id: kind + sorted normalised variant texts + the claim's or cluster's key. */
export function discrepancyId(kind: DiscrepancyKind, key: string, variantTexts: readonly string[]): string {
  const texts = [...new Set(variantTexts.map(normalise))].sort(byString);
  return `${kind}-${shortHash([kind, key, ...texts])}`;
}

/**
 * Builds a discrepancy with consensus from two or more variants; null when, after
 * normalisation, all variants are the same reading (then there is nothing to flag).
 */
export function buildDiscrepancy(o: BuildOptions): Discrepancy | null {
  const variants = o.variants.map(finishVariant).filter((v) => v.excerpts.length > 0);
  if (new Set(variants.map((v) => normalise(v.text))).size < 2) return null;
  const supported = variants
    .map((v) => ({ v, support: independentCount(v.sourceIds, o.nearDuplicateOf) }))
    .sort((a, b) => b.support - a.support || byString(normalise(a.v.text), normalise(b.v.text)));
  const [top, second] = [supported[0]?.support ?? 0, supported[1]?.support ?? 0];
  const rawSources = variants.reduce((n, v) => n + v.sourceIds.length, 0);
  const independent = supported.reduce((n, s) => n + s.support, 0);
  const reasons = [
    top === second
      ? `tie: ${plural(top, 'independent source')} for each of the leading readings`
      : `${plural(top, 'independent source')} against ${supported.slice(1).reduce((n, s) => n + s.support, 0)}`,
  ];
  if (rawSources > independent) reasons.push('near-duplicate sources counted once');
  return {
    id: discrepancyId(o.kind, o.key, variants.map((v) => v.text)),
    kind: o.kind,
    status: 'open',
    summary: o.summary(supported.map((s) => ({ text: s.v.text, support: s.support }))),
    suggested: top > second ? (supported[0]?.v.text ?? null) : null,
    // The margin over everything that was said: 3 against 1 → 0.5, 4 against 1 → 0.6, a tie → 0.
    confidence: independent === 0 ? 0 : Math.round(((top - second) / independent) * 100) / 100,
    reasons,
    variants: supported.map((s) => s.v),
  };
}

/** "35 min (3 sources) vs 300 min (1 source)". */
export function versus(variants: Array<{ text: string; support: number }>): string {
  return variants.map((v) => `${v.text} (${plural(v.support, 'source')})`).join(' vs ');
}

/** An excerpt of `sentence` from `start` to `end` (sentence-relative), in cleaned-text offsets. */
export function excerpt(sentence: { sourceId: number; start: number; text: string }, start: number, end: number): Excerpt {
  return { sourceId: sentence.sourceId, start: sentence.start + start, end: sentence.start + end, quote: sentence.text.slice(start, end) };
}
