/**
 * Story order for the compare table: where a claim sits in the story, read across the sources.
 *
 * Each member sentence gets its place within its own source (its rank among that source's member
 * sentences, scaled to 0–1, so a short article and a long one count alike); a claim's place is the
 * median of its members' places. Needs only the analysis report, not the source texts.
 */

export interface Member {
  sourceId: number;
  start: number;
  end: number;
}

export interface OrderedClaim {
  id: string;
  members: Member[];
}

/** The median place (0 = top of the story, 1 = its end) of every claim, by claim id. */
export function storyPositions(claims: readonly OrderedClaim[]): Map<string, number> {
  const startsBySource = new Map<number, number[]>();
  for (const claim of claims)
    for (const m of claim.members) {
      const starts = startsBySource.get(m.sourceId);
      if (starts) starts.push(m.start);
      else startsBySource.set(m.sourceId, [m.start]);
    }
  // Rank of each sentence start within its source.
  const rankOf = new Map<number, Map<number, number>>();
  for (const [sourceId, starts] of startsBySource) {
    const distinct = [...new Set(starts)].sort((a, b) => a - b);
    const span = Math.max(1, distinct.length - 1);
    rankOf.set(sourceId, new Map(distinct.map((start, i) => [start, distinct.length === 1 ? 0.5 : i / span])));
  }
  const positions = new Map<string, number>();
  for (const claim of claims) {
    const places = claim.members.map((m) => rankOf.get(m.sourceId)!.get(m.start)!);
    positions.set(claim.id, median(places));
  }
  return positions;
}

/** The claims sorted by story order; ties keep the order they came in. */
export function inStoryOrder<T extends OrderedClaim>(claims: readonly T[]): T[] {
  const positions = storyPositions(claims);
  return claims
    .map((claim, index) => ({ claim, index, place: positions.get(claim.id) ?? 1 }))
    .sort((a, b) => a.place - b.place || a.index - b.index)
    .map((entry) => entry.claim);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
