/**
 * Claims only one source reports (design.md, step 5). Most single-source sentences are colour,
 * bylines, background or a page's own furniture, so only sentences that state something
 * checkable — a figure or a name — and are long enough to be a claim qualify, and of those only
 * the MAX_FLAGS most story-like are flagged: the list must stay short enough for an editor to read.
 */
import type { ClaimFacts, Discrepancy, SentenceFacts } from './types';
import { discrepancyId, independentCount } from './support';
import { short } from './quote';
import { words } from './text';

/** Shorter sentences are bylines, datelines and fragments, not claims. */
const MIN_WORDS = 8;
const BYLINE = /^\s*by\s/iu;
/** At most this many single-source claims are flagged. */
export const MAX_FLAGS = 10;

/**
 * How much a sentence is worth checking: each figure counts, and each name other independent
 * sources also mention (the sentence is about the story, not a link to another one).
 */
function weight(s: SentenceFacts, spread: ReadonlyMap<string, number>): number {
  const shared = new Set(s.mentions.flatMap((m) => (m.key !== null && (spread.get(m.key) ?? 0) >= 2 ? [m.key] : [])));
  return s.values.length + shared.size;
}

export function singleSourceClaims(claims: readonly ClaimFacts[], sentences: readonly SentenceFacts[], nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const independentSources = independentCount(sentences.map((s) => s.sourceId), nearDup);
  if (independentSources < 2) return [];
  const sourcesOf = new Map<string, number[]>();
  for (const s of sentences) for (const m of s.mentions) if (m.key !== null) sourcesOf.set(m.key, [...(sourcesOf.get(m.key) ?? []), s.sourceId]);
  const spread = new Map([...sourcesOf].map(([k, ids]) => [k, independentCount(ids, nearDup)]));
  const out: Array<{ claim: ClaimFacts; s: SentenceFacts; weight: number }> = [];
  for (const claim of claims) {
    if (independentCount(claim.members.map((m) => m.sourceId), nearDup) !== 1) continue;
    const s = claim.members[0];
    if (s === undefined || BYLINE.test(s.text)) continue;
    // A sentence that is all quotation is the speaker's words, compared by the quote check.
    if (s.quotations.some((q) => q.text.length >= s.text.length * 0.8)) continue;
    if (s.values.length === 0 && !s.mentions.some((m) => m.key !== null)) continue;
    const w = weight(s, spread);
    // Counting words normalises the sentence: done last, for the few that are left.
    if (w === 0 || words(s.text).length < MIN_WORDS) continue;
    out.push({ claim, s, weight: w });
  }
  // Heaviest first; on a tie the earlier claim (the sort is stable), then back in claim order.
  const kept = new Set(out.map((x, i) => ({ ...x, i })).sort((a, b) => b.weight - a.weight || a.i - b.i).slice(0, MAX_FLAGS).map((x) => x.claim));
  return out.filter((x) => kept.has(x.claim)).map(({ claim, s }) => flag(claim, s, independentSources));
}

function flag(claim: ClaimFacts, s: SentenceFacts, independentSources: number): Discrepancy {
  const sourceIds = [...new Set(claim.members.map((m) => m.sourceId))].sort((a, b) => a - b);
  return {
    id: discrepancyId('single-source', claim.key, [s.text]),
    kind: 'single-source',
    status: 'open',
    summary: `Only source ${sourceIds.join(', ')} reports: “${short(s.text, 70)}”`,
    suggested: null,
    // How clearly the claim stands alone: the share of independent sources that are silent.
    confidence: Math.round(((independentSources - 1) / independentSources) * 100) / 100,
    reasons: [`reported by 1 of ${independentSources} independent sources`],
    variants: [
      {
        text: s.text,
        sourceIds,
        excerpts: claim.members.map((m) => ({ sourceId: m.sourceId, start: m.start, end: m.start + m.text.length, quote: m.text })),
      },
    ],
  };
}
