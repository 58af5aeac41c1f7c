/**
 * Step 5 of the pipeline: every check over the aligned claims and the project's names, in the
 * report's order (kind, then the claim the discrepancy is first seen in).
 */
import type { CompareInput, Discrepancy } from './types';
import { KIND_ORDER } from './types';
import { attributionConflicts } from './attribution';
import { dateConflicts, weekdayConflicts } from './date';
import { durationConflicts } from './duration';
import { indexMentions } from './mentionIndex';
import { nameConflicts } from './name';
import { numberConflicts } from './number';
import { collectQuotations } from './quotationFacts';
import { quoteConflicts } from './quote';
import { roleConflicts } from './role';
import { singleSourceClaims } from './singleSource';
import { timeConflicts } from './time';
import { venueConflicts } from './venue';
import { byString } from './text';

export function compareClaims(input: CompareInput): Discrepancy[] {
  const { claims, sentences, clusters, nearDuplicateOf: nd } = input;
  const links = input.links ?? [];
  const names = new Map(clusters.map((c) => [c.key, c.canonical]));
  const quotes = collectQuotations(sentences, claims);
  const mentions = indexMentions(sentences);
  const found = [
    ...nameConflicts(clusters, mentions, nd),
    ...venueConflicts(claims, nd, links),
    ...numberConflicts(claims, nd, links),
    ...durationConflicts(claims, nd, links),
    ...dateConflicts(claims, nd, links),
    ...weekdayConflicts(claims, nd, links),
    ...timeConflicts(claims, nd, links),
    ...roleConflicts(clusters, mentions, nd),
    ...quoteConflicts(quotes, names, nd),
    ...attributionConflicts(quotes, names, nd),
    ...singleSourceClaims(claims, sentences, nd),
  ];

  // The claim an excerpt lies in: each source's sentence spans in offset order, searched by halves.
  const spans = new Map<number, Array<{ start: number; end: number; order: number }>>();
  for (const c of claims) {
    for (const m of c.members) {
      const list = spans.get(m.sourceId) ?? [];
      list.push({ start: m.start, end: m.start + m.text.length, order: c.order });
      spans.set(m.sourceId, list);
    }
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  const claimAt = (sourceId: number, offset: number): number => {
    const list = spans.get(sourceId) ?? [];
    let [lo, hi] = [0, list.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid] as { start: number; end: number; order: number };
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s.order;
    }
    return Number.MAX_SAFE_INTEGER;
  };
  const order = new Map(found.map((d) => [d, Math.min(...d.variants.flatMap((v) => v.excerpts.map((e) => claimAt(e.sourceId, e.start))))]));
  // The same id twice would be one discrepancy found by two routes; keep the first.
  const seen = new Set<string>();
  return found
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (order.get(a) ?? 0) - (order.get(b) ?? 0) || byString(a.id, b.id))
    .filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}
