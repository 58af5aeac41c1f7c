/**
 * Greedy average-linkage clustering under a one-sentence-per-source rule.
 *
 * Edges are taken strongest first; an edge merges the clusters of its two sentences when
 *  - no source would then have two sentences in the claim, unless those sentences are
 *    near-identical (a source repeating itself, e.g. a caption printed twice), and
 *  - the mean similarity over all cross pairs of the two clusters (pairs with no stored edge
 *    count as 0) reaches `linkMin`, so one paraphrase cannot chain two different claims.
 * Because the strongest edges go first, a source's best-matching sentence is the one that joins
 * a claim, and a weaker sentence from the same source is left to form or join another.
 */
import { buildAdjacency, scoreOf } from './adjacency';
import type { Edges } from './candidates';

export interface ClusterOptions {
  /** Edges below this never start a merge. */
  minSimilarity: number;
  /** Minimum mean cross-pair similarity for two clusters to merge. */
  linkMin: number;
  nearIdentical: number;
}

/** Score resolution of the merge order (scores closer than this tie and go by edge number). */
const SCORE_STEPS = 2 ** 20;
/** Room for edge numbers in a sort key: 2^31 edges, and 2^20 × 2^31 stays below 2^53. */
const EDGE_SPAN = 2 ** 31;

interface Cluster {
  members: number[];
  bySource: Map<number, number[]>;
}

export function cluster(count: number, source: Int32Array, edges: Edges, opts: ClusterOptions): number[][] {
  const adj = buildAdjacency(count, edges);
  // Strongest first. Edge numbers come from a deterministic scan of canonically ordered input,
  // so they break ties deterministically; packing (score, edge) into one float lets the native
  // typed-array sort do the work (a comparator over a million edges costs seconds).
  const keys: number[] = [];
  for (let e = 0; e < edges.score.length; e++) {
    const score = edges.score[e] as number;
    if (score >= opts.minSimilarity) keys.push(Math.round((1 - score) * SCORE_STEPS) * EDGE_SPAN + e);
  }
  const order = Float64Array.from(keys).sort();
  const clusters: Array<Cluster | null> = [];
  const clusterOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    clusterOf[i] = i;
    clusters.push({ members: [i], bySource: new Map([[source[i] as number, [i]]]) });
  }
  const compatible = (x: Cluster, y: Cluster, yId: number): boolean => {
    const [small, large] = x.bySource.size <= y.bySource.size ? [x, y] : [y, x];
    for (const [src, mine] of small.bySource) {
      const theirs = large.bySource.get(src);
      if (theirs === undefined) continue;
      const all = [...mine, ...theirs];
      for (let p = 0; p < all.length; p++)
        for (let q = p + 1; q < all.length; q++)
          if (scoreOf(adj, all[p] as number, all[q] as number) < opts.nearIdentical) return false;
    }
    // Sum of stored links from x into y, walking the rows of x's members.
    let total = 0;
    for (const i of x.members) {
      const end = adj.start[i + 1] as number;
      for (let p = adj.start[i] as number; p < end; p++)
        if (clusterOf[adj.neighbour[p] as number] === yId) total += adj.score[p] as number;
    }
    return total / (x.members.length * y.members.length) >= opts.linkMin;
  };

  // Many edges join the same two clusters; a refusal stands until one of them grows, so it is
  // remembered (keyed by both cluster ids and sizes) instead of being recomputed for every edge.
  const refused = new Set<string>();
  for (const key of order) {
    const e = key % EDGE_SPAN;
    const cx = clusterOf[edges.a[e] as number] as number;
    const cy = clusterOf[edges.b[e] as number] as number;
    if (cx === cy) continue;
    const x = clusters[cx];
    const y = clusters[cy];
    if (!x || !y) continue;
    const memo = cx < cy ? `${cx}/${x.members.length}/${cy}/${y.members.length}` : `${cy}/${y.members.length}/${cx}/${x.members.length}`;
    if (refused.has(memo)) continue;
    if (!(x.members.length <= y.members.length ? compatible(x, y, cy) : compatible(y, x, cx))) {
      refused.add(memo);
      continue;
    }
    const [keep, gone, goneId] = x.members.length >= y.members.length ? [x, y, cy] : [y, x, cx];
    const keepId = goneId === cx ? cy : cx;
    for (const m of gone.members) {
      keep.members.push(m);
      clusterOf[m] = keepId;
      const src = source[m] as number;
      const list = keep.bySource.get(src);
      if (list) list.push(m);
      else keep.bySource.set(src, [m]);
    }
    clusters[goneId] = null;
  }
  return clusters.filter((c): c is Cluster => c !== null).map((c) => c.members.sort((a, b) => a - b));
}
