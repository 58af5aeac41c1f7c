/**
 * Scored neighbours of every sentence in compressed rows (CSR), built from edges ordered by
 * (a, b). A Map keyed by pair costs half a second per million edges; rows cost a few
 * milliseconds and let a cluster sum its links to another by walking its members' rows.
 */
import type { Edges } from './candidates';

export interface Adjacency {
  /** Row of sentence i: positions start[i] … start[i + 1] - 1, neighbours ascending. */
  start: Int32Array;
  neighbour: Int32Array;
  score: Float64Array;
}

export function buildAdjacency(count: number, edges: Edges): Adjacency {
  const degree = new Int32Array(count + 1);
  for (let e = 0; e < edges.score.length; e++) {
    degree[edges.a[e] as number]!++;
    degree[edges.b[e] as number]!++;
  }
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) start[i + 1] = (start[i] as number) + (degree[i] as number);
  const fill = start.slice(0, count);
  const neighbour = new Int32Array(start[count] as number);
  const score = new Float64Array(start[count] as number);
  // With edges ordered by (a, b), row r receives first its smaller neighbours (from edges
  // (a, r), a ascending), then its larger ones (from edges (r, b), b ascending): sorted rows.
  for (let e = 0; e < edges.score.length; e++) {
    const a = edges.a[e] as number;
    const b = edges.b[e] as number;
    const s = edges.score[e] as number;
    const pa = fill[a]!++;
    neighbour[pa] = b;
    score[pa] = s;
    const pb = fill[b]!++;
    neighbour[pb] = a;
    score[pb] = s;
  }
  return { start, neighbour, score };
}

/** Stored score of the pair, or 0 when it was not a candidate (or scored below the floor). */
export function scoreOf(adj: Adjacency, i: number, j: number): number {
  let lo = adj.start[i] as number;
  let hi = (adj.start[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = adj.neighbour[mid] as number;
    if (n === j) return adj.score[mid] as number;
    if (n < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
