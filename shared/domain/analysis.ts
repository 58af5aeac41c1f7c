/** Analysis results as the desk and the command line see them. JSON only. */

export type DiscrepancyKind = 'name' | 'number' | 'duration' | 'date' | 'time' | 'role' | 'quote' | 'attribution' | 'single-source';
export type DiscrepancyStatus = 'open' | 'decided' | 'dismissed';

/** An exact passage of a source's cleaned text: `quote === text.slice(start, end)`. */
export interface Excerpt {
  sourceId: number;
  start: number;
  end: number;
  quote: string;
}

export interface Variant {
  text: string;
  sourceIds: number[];
  excerpts: Excerpt[];
}

/** The editor's decision on a discrepancy: theirs, never overwritten by re-analysis. */
export interface Decision {
  discrepancyId: string;
  status: Exclude<DiscrepancyStatus, 'open'>;
  /** The reading used (a variant's text or the editor's correction); null when dismissed. */
  reading: string | null;
  note: string | null;
  evidenceUrl: string | null;
  decidedAt: string;
}

export interface Discrepancy {
  /** Stable across re-analysis: decisions are keyed by it. */
  id: string;
  kind: DiscrepancyKind;
  status: DiscrepancyStatus;
  summary: string;
  suggested: string | null;
  confidence: number;
  reasons: string[];
  variants: Variant[];
  decision: Decision | null;
}

export interface ClaimResult {
  id: string;
  text: string;
  sourceIds: number[];
  members: Array<{ sourceId: number; start: number; end: number }>;
}

export interface EntityResult {
  canonical: string;
  kind: 'person' | 'organisation' | 'place';
  mentions: Array<{ text: string; sourceId: number; count: number }>;
}

/** A finished analysis of the project's sources, with the editor's decisions applied. */
export interface AnalysisReport {
  analyzedAt: string | null;
  /** True when sources changed since the analysis ran. */
  stale: boolean;
  sources: Array<{ id: number; title: string; fileName: string | null }>;
  claims: ClaimResult[];
  discrepancies: Discrepancy[];
  entities: EntityResult[];
  /** Decisions whose discrepancy no longer exists after re-analysis: kept, never re-targeted. */
  orphanedDecisions: Decision[];
}

/**
 * The stages of an analysis run, in order: segmenting and extracting each source (the bulk of the
 * work), lining the sentences up into claims (names clustered first), and comparing the claims.
 */
export const ANALYSIS_STAGES = ['extract', 'align', 'compare'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/** Where a run is: `done` of `total` steps of `stage` (sources for extract, 0 or 1 otherwise). */
export interface AnalysisProgress {
  stage: AnalysisStage;
  done: number;
  total: number;
}
