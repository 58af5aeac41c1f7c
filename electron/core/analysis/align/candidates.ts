/**
 * Candidate pairs through an inverted index, never all pairs. Only features that are rare
 * enough to say something key the index: names, exact figures and content terms held by at
 * least two and at most `cap` sentences. A term in more sentences than that ("said", the main
 * actor's name) is in nearly every pair and would make the search quadratic; it still counts in
 * the score of a pair found through a rarer feature.
 */
import { similarity } from './similarity';
import type { Vectors } from './vectors';

/** Candidate pairs with their scores, a < b, ordered by (a, b). */
export interface Edges {
  a: number[];
  b: number[];
  score: number[];
}

export interface CandidateOptions {
  /** Pairs of different sources scoring below this are dropped. */
  floor: number;
  /** Pairs from the same source are kept only at or above this (a source repeating itself). */
  nearIdentical: number;
  /** Postings longer than this are not used to find candidates. */
  cap: number;
}

function buildPostings(v: Vectors, cap: number): { postings: Int32Array[]; restSq: Float64Array } {
  const lists: number[][] = Array.from({ length: v.df.length }, () => []);
  const usable = (id: number): boolean => v.keyable[id] === 1 && (v.df[id] ?? 0) >= 2 && (v.df[id] ?? 0) <= cap;
  // restSq: the weight a sentence carries in features that are not index keys, for the bound below.
  const restSq = new Float64Array(v.count);
  for (let i = 0; i < v.count; i++) {
    for (const id of v.feats[i] ?? []) {
      if (usable(id)) lists[id]?.push(i);
      else restSq[i] = (restSq[i] ?? 0) + (v.weight[id] ?? 0) ** 2;
    }
    for (const id of v.exact[i] ?? []) if (usable(id)) lists[id]?.push(i);
  }
  return { postings: lists.map((l) => Int32Array.from(l)), restSq };
}

/** Above 1 / SCAN_SHARE of the remaining sentences touched, the row is read by a scan, not a sort. */
const SCAN_SHARE = 16;

export function findCandidates(v: Vectors, opts: CandidateOptions): Edges {
  const { postings, restSq } = buildPostings(v, opts.cap);
  const acc = new Float64Array(v.count);
  const hit = new Uint8Array(v.count);
  // Touched sentences of the current row, sorted before use so that edges come out ordered by
  // (a, b): the adjacency rows of cluster.ts rely on it.
  const touched = new Int32Array(v.count);
  let touchedCount = 0;
  const edges: Edges = { a: [], b: [], score: [] };
  // Generous allowance for the exact-figure bonus in the upper bound.
  const bonusRoom = 0.1;
  for (let i = 0; i < v.count; i++) {
    const keys = [...(v.feats[i] ?? []), ...(v.exact[i] ?? [])];
    for (const id of keys) {
      const list = postings[id];
      if (list === undefined || list.length === 0) continue;
      const w2 = (v.weight[id] ?? 0) ** 2;
      // Postings are ascending: walk from the end and stop at i, so each pair is seen once.
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k] as number;
        if (j <= i) break;
        if (hit[j] === 0) {
          hit[j] = 1;
          touched[touchedCount++] = j;
        }
        acc[j] = (acc[j] ?? 0) + w2;
      }
    }
    const si = v.source[i];
    // Unpadded norms: smaller, so the bound below holds for padded and unpadded scores alike.
    const ni = v.rawNorm[i] ?? 0;
    const visit = (j: number): void => {
      const same = v.source[j] === si;
      const need = same ? opts.nearIdentical : opts.floor;
      const denom = ni * (v.rawNorm[j] ?? 0);
      // Upper bound of the cosine: shared indexed weight plus all the weight the index could not see.
      const bound =
        denom === 0 ? 0 : ((acc[j] ?? 0) + Math.min(restSq[i] ?? 0, restSq[j] ?? 0)) / denom + bonusRoom;
      if (bound >= need) {
        const s = similarity(v, i, j, !same);
        if (s >= need) {
          edges.a.push(i);
          edges.b.push(j);
          edges.score.push(s);
        }
      }
      acc[j] = 0;
      hit[j] = 0;
    };
    // In ascending j. Many touched sentences (a claim reprinted by a hundred sources): a pass
    // over the flags costs less than sorting them; few: sort the few.
    if (touchedCount * SCAN_SHARE > v.count - i) {
      for (let j = i + 1; j < v.count; j++) if (hit[j] === 1) visit(j);
    } else {
      for (const j of touched.subarray(0, touchedCount).sort()) visit(j);
    }
    touchedCount = 0;
  }
  return edges;
}
