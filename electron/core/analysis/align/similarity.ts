/**
 * The pair score: IDF-weighted cosine of the two feature vectors, plus a small bonus for each
 * exact figure both sentences state. The bonus only applies to pairs that already look alike,
 * so that two unrelated sentences that both say "on Monday" or "two" are not pulled together.
 */
import type { Vectors } from './vectors';

export const EXACT_BONUS = 0.05;
export const MAX_EXACT_BONUS = 0.1;
/** Cosine a pair needs before shared figures may add to it. */
const BONUS_GATE = 0.15;

/** Sum of w² over the sorted id lists' intersection. */
function sharedWeight(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      dot += (weight[x] ?? 0) ** 2;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Score of sentences i and j (0–1). `padded` false drops the short-sentence damping: two
 * identical short lines then score 1, which is how a source's repeated caption is recognised.
 */
export function similarity(v: Vectors, i: number, j: number, padded = true): number {
  const norms = padded ? v.norm : v.rawNorm;
  const denom = (norms[i] ?? 0) * (norms[j] ?? 0);
  const fi = v.feats[i];
  const fj = v.feats[j];
  if (denom === 0 || fi === undefined || fj === undefined) return 0;
  const cos = sharedWeight(fi, fj, v.weight) / denom;
  if (cos < BONUS_GATE) return cos;
  const ei = v.exact[i];
  const ej = v.exact[j];
  const shared = ei && ej ? sharedCount(ei, ej) : 0;
  return Math.min(1, cos + Math.min(MAX_EXACT_BONUS, shared * EXACT_BONUS));
}
