import type { ClaimResult } from '../../../shared/domain/analysis';

/**
 * Claims in story order: each claim sits at the median of its sentences' relative positions in
 * their sources (0 = the top of the article, 1 = the end), so one outlet's odd ordering does not
 * drag a claim out of place.
 */
export function inStoryOrder(claims: readonly ClaimResult[], textLength: (sourceId: number) => number): ClaimResult[] {
  const position = new Map<string, number>();
  for (const claim of claims) {
    const spots = claim.members.map((m) => m.start / Math.max(1, textLength(m.sourceId))).sort((a, b) => a - b);
    position.set(claim.id, median(spots));
  }
  return [...claims].sort((a, b) => position.get(a.id)! - position.get(b.id)! || a.id.localeCompare(b.id));
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 1;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
