/**
 * Step 4 of the analysis pipeline (design.md): group sentences of different sources that report
 * the same claim. Pure and deterministic: the input is put in a canonical order first, so the
 * order in which sources arrive never changes the result.
 *
 *   vectors.ts     weighted features (terms, names, kinds of figures) and the choice about numbers
 *   candidates.ts  inverted index over rare features → candidate pairs, scored by similarity.ts
 *   cluster.ts     greedy average-linkage clustering, at most one sentence per source per claim
 */
import type { AlignableSentence, AlignedClaim } from '../types';
import { findCandidates } from './candidates';
import { cluster } from './cluster';
import { similarity } from './similarity';
import { buildVectors } from './vectors';

export interface AlignOptions {
  /** Score two sentences need to be put in one claim (0–1). */
  minSimilarity?: number;
}

/**
 * Chosen on the real corpus with terms only (no names or values): lower lets spun sentences
 * that share little more than their topic into one claim, higher leaves translated and spun
 * copies of one sentence apart. Scores are padded cosines (vectors.ts), so 0.25 is stricter than
 * it looks for short sentences.
 */
export const DEFAULT_MIN_SIMILARITY = 0.25;
/** Two sentences of one source this alike are a repeat (a caption printed twice), not two claims. */
const NEAR_IDENTICAL = 0.9;
/** Pairs kept for the average-linkage test reach down to this share of minSimilarity. */
const FLOOR_SHARE = 0.5;
/** Mean cross-pair similarity two clusters need to merge, as a share of minSimilarity: keeps claims from chaining. */
const LINK_SHARE = 0.8;
/** Postings cap: a feature held by more sentences than this is too common to find candidates. */
const MIN_CAP = 100;
const CAP_PER_SOURCE = 3;

function compareSentences(x: AlignableSentence, y: AlignableSentence): number {
  return x.sourceId - y.sourceId || x.index - y.index || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Two sentences of different sources the candidate search found alike, with their score. */
export interface SentenceLink {
  a: { sourceId: number; index: number };
  b: { sourceId: number; index: number };
  score: number;
}

export function alignClaims(input: AlignableSentence[], options: AlignOptions = {}): AlignedClaim[] {
  return alignSentences(input, options).claims;
}

/**
 * The claims, and the scored candidate pairs of different sources the search found on the way
 * (inside one claim at any score, across claims at or above `linkMin`; where `linkWhen` accepts
 * them): the compare step reads a fact that alignment split over two claims through them, at
 * no extra search.
 */
export function alignSentences(
  input: AlignableSentence[],
  options: AlignOptions & { linkMin?: number; linkWhen?: (a: AlignableSentence, b: AlignableSentence) => boolean } = {},
): { claims: AlignedClaim[]; links: SentenceLink[] } {
  const asked = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const minSimilarity = Number.isNaN(asked) ? DEFAULT_MIN_SIMILARITY : Math.min(1, Math.max(0, asked));
  const sentences = [...input].sort(compareSentences);
  const v = buildVectors(sentences);
  const sources = new Set(sentences.map((s) => s.sourceId));
  const edges = findCandidates(v, {
    floor: minSimilarity * FLOOR_SHARE,
    nearIdentical: NEAR_IDENTICAL,
    cap: Math.max(MIN_CAP, CAP_PER_SOURCE * sources.size),
  });
  const groups = cluster(v.count, v.source, edges, {
    minSimilarity,
    linkMin: minSimilarity * LINK_SHARE,
    nearIdentical: NEAR_IDENTICAL,
  });

  // Position relative to the source's length, so a long and a short article order alike.
  const lastIndex = new Map<number, number>();
  for (const s of sentences) lastIndex.set(s.sourceId, Math.max(lastIndex.get(s.sourceId) ?? 0, s.index));
  const relative = (s: AlignableSentence): number => s.index / Math.max(1, lastIndex.get(s.sourceId) ?? 0);

  const claims = groups.map((members) => {
    let total = 0;
    let pairs = 0;
    for (let p = 0; p < members.length; p++)
      for (let q = p + 1; q < members.length; q++) {
        total += similarity(v, members[p] as number, members[q] as number);
        pairs++;
      }
    const first = sentences[members[0] as number] as AlignableSentence;
    return {
      // Sentences are in canonical order, so ascending member numbers are sorted by source, index.
      members: members.map((m) => {
        const s = sentences[m] as AlignableSentence;
        return { sourceId: s.sourceId, index: s.index };
      }),
      // A claim of one sentence is trivially coherent.
      cohesion: pairs === 0 ? 1 : total / pairs,
      position: median(members.map((m) => relative(sentences[m] as AlignableSentence))),
      first,
    };
  });
  claims.sort((x, y) => x.position - y.position || compareSentences(x.first, y.first));
  const links: SentenceLink[] = [];
  const linkMin = options.linkMin ?? Number.POSITIVE_INFINITY;
  const groupOf = new Int32Array(sentences.length);
  groups.forEach((members, g) => members.forEach((m) => (groupOf[m] = g)));
  for (let e = 0; e < edges.score.length; e++) {
    const score = edges.score[e] as number;
    if (score < linkMin && groupOf[edges.a[e] as number] !== groupOf[edges.b[e] as number]) continue;
    const x = sentences[edges.a[e] as number] as AlignableSentence;
    const y = sentences[edges.b[e] as number] as AlignableSentence;
    if (x.sourceId === y.sourceId || (options.linkWhen !== undefined && !options.linkWhen(x, y))) continue;
    links.push({ a: { sourceId: x.sourceId, index: x.index }, b: { sourceId: y.sourceId, index: y.index }, score });
  }
  return { claims: claims.map(({ members, cohesion }) => ({ members, cohesion })), links };
}
