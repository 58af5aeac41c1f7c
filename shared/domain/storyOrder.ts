/**
 * Story order, for the compare table and the brief: where a claim sits in the story, read across the sources.
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
  // Every member, flat: its claim, source and start; places are filled in per source.
  const bySource = new Map<number, number[]>();
  const starts: number[] = [];
  for (const claim of claims)
    for (const m of claim.members) {
      const list = bySource.get(m.sourceId);
      if (list) list.push(starts.length);
      else bySource.set(m.sourceId, [starts.length]);
      starts.push(m.start);
    }
  const place = new Float64Array(starts.length);
  for (const members of bySource.values()) {
    members.sort((a, b) => starts[a]! - starts[b]!);
    // Distinct starts rank alike (a sentence shared by two claims of one source).
    let rank = -1;
    let previous = Number.NaN;
    const ranks = members.map((member) => {
      if (starts[member] !== previous) rank++;
      previous = starts[member]!;
      return rank;
    });
    const span = rank === 0 ? 0 : rank;
    members.forEach((member, i) => (place[member] = span === 0 ? 0.5 : ranks[i]! / span));
  }
  const positions = new Map<string, number>();
  let next = 0;
  for (const claim of claims) {
    const places = Array.from({ length: claim.members.length }, (_, i) => place[next + i]!);
    next += claim.members.length;
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
