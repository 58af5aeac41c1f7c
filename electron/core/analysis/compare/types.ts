/**
 * Shapes of the compare step (design.md, Analysis pipeline, steps 5–6) and of the analysis
 * result the CLI prints and the UI reads. Pure data, JSON-safe; offsets are into each source's
 * cleaned text, so `quote === text.slice(start, end)` always holds for an excerpt.
 */
import type { ExtractedValue, Mention, Quotation } from '../types';

import type { ClaimResult, Discrepancy as StoredDiscrepancy, DiscrepancyKind, EntityResult } from '../../../../shared/domain/analysis';

// The shapes the desk and the CLI see live in shared/domain/analysis; the engine produces them.
export type { ClaimResult, DiscrepancyKind, EntityResult, Excerpt, Variant } from '../../../../shared/domain/analysis';

/** Report order: the kinds an editor fixes first come first. */
export const KIND_ORDER: readonly DiscrepancyKind[] = ['name', 'number', 'duration', 'date', 'time', 'role', 'quote', 'attribution', 'single-source'];

/** A discrepancy as analysis finds it: always open, no decision yet (decisions are stored apart). */
export type Discrepancy = Omit<StoredDiscrepancy, 'status' | 'decision'> & { status: 'open' };

export interface AnalysisResult {
  sources: Array<{ id: number; title: string }>;
  claims: ClaimResult[];
  discrepancies: Discrepancy[];
  entities: EntityResult[];
}

/** A mention with the key of the name cluster it belongs to (null when it joined none). */
export interface KeyedMention extends Mention {
  key: string | null;
}

/** Everything the comparers know about one sentence. */
export interface SentenceFacts {
  sourceId: number;
  /** Position of the sentence in its source (0-based). */
  index: number;
  /** Offset of the sentence in the source's cleaned text; value/mention offsets add to it. */
  start: number;
  text: string;
  /** Normalised content terms (align/terms.ts). */
  terms: string[];
  values: ExtractedValue[];
  mentions: KeyedMention[];
  quotations: Quotation[];
}

/** A claim as the comparers see it: its members' facts, in canonical (source, index) order. */
export interface ClaimFacts {
  /** Position of the claim in the result's claim list. */
  order: number;
  /** Normalised key of the claim, stable across re-analysis (ids are hashed from it). */
  key: string;
  members: SentenceFacts[];
}

/** A name cluster as the comparers see it. */
export interface ClusterFacts {
  key: string;
  canonical: string;
  kind: Mention['kind'];
  /** The cluster's spellings that are not just a shorter form of another one. */
  spellings: string[];
}

/** Two sentences of different sources that alignment found alike (its candidate score), claim or not. */
export interface FactLink {
  a: SentenceFacts;
  b: SentenceFacts;
  score: number;
}

export interface CompareInput {
  claims: ClaimFacts[];
  /** Scored pairs of alike sentences from different sources (alignSentences' links); may be empty. */
  links?: FactLink[];
  /** Every sentence of every source, in (source, index) order. */
  sentences: SentenceFacts[];
  clusters: ClusterFacts[];
  /** Source id → the source it nearly duplicates (only for near-duplicates). */
  nearDuplicateOf: ReadonlyMap<number, number>;
}
