/**
 * The analysis pipeline from cleaned texts to the report (design.md, Analysis pipeline, steps
 * 2–6): segment, extract, cluster names across sources, align claims, compare. Pure and
 * deterministic: sources are put in id order first, so the order they arrive in never changes
 * the result, and ids are hashed from content, never from offsets or positions.
 */
import type { AlignableSentence, Mention } from './types';
import { segmentSentences } from './segment/segmentSentences';
import { extractValues } from './extract/values';
import { extractMentions } from './entities/mentions';
import { extractQuotations } from './entities/quotations';
import { clusterNames, distinctSpellings } from './entities/nameVariants';
import type { NameCluster } from './entities/nameVariants';
import { alignSentences } from './align/alignClaims';
import { contentTerms } from './align/terms';
import { compareClaims } from './compare/compareClaims';
import { venuesOf } from './compare/venue';
import { LINK_MIN } from './compare/valueFacts';
import { normalise, shortHash } from './compare/text';
import { clearParseCache } from './nlp/shared';
import type { AnalysisResult, ClaimFacts, ClaimResult, EntityResult, FactLink, SentenceFacts } from './compare/types';
import type { AnalysisProgress } from '../../../shared/domain/analysis';

export type { AnalysisResult, ClaimResult, Discrepancy, DiscrepancyKind, EntityResult, Excerpt, Variant } from './compare/types';

export interface SourceInput {
  id: number;
  title: string;
  /** The cleaned text; every offset in the result points into it. */
  text: string;
  /** The source this one nearly duplicates (wire copy reprinted), else null. */
  nearDuplicateOf: number | null;
}

/** As nameVariants tidies a scraped name, so a mention finds the variant it was clustered as. */
function nameForm(kind: Mention['kind'], text: string): string {
  const key = `${kind}\u0000${text}`;
  let form = nameForms.get(key);
  if (form === undefined) {
    form = `${kind}\u0000${normalise(text.replace(/['’]s$/u, ''))}`;
    nameForms.set(key, form);
  }
  return form;
}

/** nameForm's answers for the current run: the same few names recur in every sentence. */
const nameForms = new Map<string, string>();

function sentenceFacts(source: SourceInput): SentenceFacts[] {
  return segmentSentences(source.text).map((s, index) => ({
    sourceId: source.id,
    index,
    start: s.start,
    text: s.text,
    terms: contentTerms(s.text),
    values: extractValues(s.text),
    mentions: extractMentions(s.text).map((m) => ({ ...m, key: null })),
    quotations: extractQuotations(s.text),
  }));
}

/** Gives each mention the key of its name cluster. */
function keyMentions(sentences: SentenceFacts[], clusters: NameCluster[]): void {
  const keyOf = new Map<string, string>();
  for (const c of clusters) for (const v of c.variants) keyOf.set(nameForm(c.kind, v.text), c.key);
  for (const s of sentences) for (const m of s.mentions) m.key = keyOf.get(nameForm(m.kind, m.text)) ?? null;
}

function entitiesOf(clusters: NameCluster[], sentences: SentenceFacts[]): EntityResult[] {
  // One pass over the mentions, grouped by key, instead of one pass per cluster: linear in text.
  const byKey = new Map<string, Array<{ sourceId: number; mention: SentenceFacts['mentions'][number] }>>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.key === null) continue;
      const list = byKey.get(m.key) ?? [];
      list.push({ sourceId: s.sourceId, mention: m });
      byKey.set(m.key, list);
    }
  }
  return clusters.map((c) => {
    // The first variant written the way the mention is, as nameForm compares them.
    const variantOf = new Map<string, string>();
    for (const v of c.variants) {
      const form = nameForm(c.kind, v.text);
      if (!variantOf.has(form)) variantOf.set(form, v.text);
    }
    const counts = new Map<string, { text: string; sourceId: number; count: number }>();
    for (const { sourceId, mention: m } of byKey.get(c.key) ?? []) {
      const text = variantOf.get(nameForm(m.kind, m.text)) ?? m.text;
      const k = `${sourceId}\u0000${text}`;
      const entry = counts.get(k) ?? { text, sourceId, count: 0 };
      entry.count++;
      counts.set(k, entry);
    }
    return { canonical: c.canonical, kind: c.kind, mentions: [...counts.values()] };
  });
}

/** Told where a run is: after each source is segmented and extracted, then as each later stage starts and when all is done. */
export type ProgressListener = (progress: AnalysisProgress) => void;

export function analyzeSources(input: SourceInput[], onProgress?: ProgressListener): AnalysisResult {
  const sources = [...input].sort((a, b) => a.id - b.id);
  // Each sentence is tagged once and its parse shared by every stage; the cache lives for one run.
  clearParseCache();
  onProgress?.({ stage: 'extract', done: 0, total: sources.length });
  const sentences = sources.flatMap((source, i) => {
    const facts = sentenceFacts(source);
    onProgress?.({ stage: 'extract', done: i + 1, total: sources.length });
    return facts;
  });
  clearParseCache();
  onProgress?.({ stage: 'align', done: 0, total: 1 });
  nameForms.clear();
  const clusters = clusterNames(sentences.flatMap((s) => s.mentions.map((m) => ({ text: m.text, sourceId: s.sourceId, kind: m.kind }))));
  keyMentions(sentences, clusters);

  const bySlot = new Map(sentences.map((s) => [`${s.sourceId}:${s.index}`, s]));
  const alignable: AlignableSentence[] = sentences.map((s) => ({
    sourceId: s.sourceId,
    index: s.index,
    text: s.text,
    terms: s.terms,
    names: [...new Set(s.mentions.flatMap((m) => (m.key === null ? [] : [m.key])))],
    values: s.values.map((v) => `${v.kind}:${v.value}`),
  }));
  // Alike sentences that both state a figure or a venue: the compare step reads facts split over claims.
  const factual = new Set(sentences.filter((s) => s.values.length > 0 || venuesOf(s).length > 0).map((s) => `${s.sourceId}:${s.index}`));
  const hasFacts = (s: AlignableSentence): boolean => factual.has(`${s.sourceId}:${s.index}`);
  const aligned = alignSentences(alignable, { linkMin: LINK_MIN, linkWhen: (a, b) => hasFacts(a) && hasFacts(b) });
  const claims: ClaimFacts[] = aligned.claims.map((c, order) => {
    const members = c.members
      .map((m) => bySlot.get(`${m.sourceId}:${m.index}`))
      .filter((s): s is SentenceFacts => s !== undefined)
      .sort((a, b) => a.sourceId - b.sourceId || a.index - b.index);
    // Keyed by what the first source says, not by positions, so ids survive edits elsewhere.
    const key = [...new Set(members[0]?.terms ?? [])].sort().join(' ');
    return { order, key, members };
  });

  const seen = new Map<string, number>();
  const claimResults: ClaimResult[] = claims.map((c) => {
    const base = `claim-${shortHash([c.key])}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      text: c.members[0]?.text ?? '',
      sourceIds: [...new Set(c.members.map((m) => m.sourceId))],
      members: c.members.map((m) => ({ sourceId: m.sourceId, start: m.start, end: m.start + m.text.length })),
    };
  });

  onProgress?.({ stage: 'compare', done: 0, total: 1 });
  const nearDuplicateOf = new Map(sources.flatMap((s) => (s.nearDuplicateOf === null ? [] : [[s.id, s.nearDuplicateOf] as [number, number]])));
  const links: FactLink[] = [];
  for (const l of aligned.links) {
    const a = bySlot.get(`${l.a.sourceId}:${l.a.index}`);
    const b = bySlot.get(`${l.b.sourceId}:${l.b.index}`);
    if (a !== undefined && b !== undefined) links.push({ a, b, score: l.score });
  }
  const discrepancies = compareClaims({
    claims,
    links,
    sentences,
    clusters: clusters.map((c) => ({ key: c.key, canonical: c.canonical, kind: c.kind, spellings: distinctSpellings(c) })),
    nearDuplicateOf,
  });
  const entities = entitiesOf(clusters, sentences);
  nameForms.clear();
  onProgress?.({ stage: 'compare', done: 1, total: 1 });
  return {
    sources: sources.map((s) => ({ id: s.id, title: s.title })),
    claims: claimResults,
    discrepancies,
    entities,
  };
}
