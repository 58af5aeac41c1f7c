/**
 * Running and storing the analysis, and recording the editor's decisions. The analysis itself
 * (analysis/analyzeSources) is pure; this is where its input is read and its result saved.
 */
import { AppError } from '../../../shared/api/errors';
import type { AnalysisProgress, AnalysisReport, Decision, Discrepancy } from '../../../shared/domain/analysis';
import type { AnalysisResult, SourceInput } from '../analysis/analyzeSources';
import { manualDiscrepancies } from '../annotations/annotationService';
import { logActivity } from '../db/activityRepo';
import { currentRun, deleteDecision, discrepancyExists, getDecision, loadClaims, loadDiscrepancies, loadEntities, orphanedDecisions, saveAnalysis, saveDecision } from '../db/analysisRepo';
import type { Db } from '../db/open';
import { createLogger } from '../log';
import { sourceFingerprint, sourcesForAnalysis } from '../db/sourcesRepo';
import { sha256 } from '../ingest/textStats';

const log = createLogger('analysis');

/** Bump when the analysis changes what it finds: a project's analysis then reads as stale. */
export const ANALYZER_VERSION = 2;

export interface AnalysisSummary {
  analyzedAt: string;
  ms: number;
  claims: number;
  discrepancies: number;
}

export type DecideInput =
  | { action: 'pick'; reading: string; note?: string | null; evidenceUrl?: string | null }
  | { action: 'correct'; reading: string; note?: string | null; evidenceUrl?: string | null }
  | { action: 'dismiss'; note?: string | null; evidenceUrl?: string | null }
  | { action: 'reopen' };

/** Runs analyzeSources somewhere (a worker thread, or here), reporting progress as it goes. */
export type Analyze = (sources: SourceInput[], onProgress: (progress: AnalysisProgress) => void) => Promise<AnalysisResult>;

/** How far a run is, 0–100. Extraction is about half the work at 200 sources and most of it at 5. */
export function progressPercent({ stage, done, total }: AnalysisProgress): number {
  const [before, weight] = stage === 'extract' ? [0, 50] : stage === 'align' ? [50, 20] : [70, 30];
  return Math.min(100, Math.round(before + (total > 0 ? (weight * done) / total : weight)));
}

/**
 * Reads the sources, analyses them with `analyze`, and stores the result with the decisions kept.
 * Resolves null, storing nothing, when the sources changed while it ran: its result would
 * describe sources that are no longer there (the caller runs again).
 */
export async function runAnalysis(db: Db, analyze: Analyze, onProgress: (progress: AnalysisProgress) => void = () => undefined): Promise<AnalysisSummary | null> {
  const sources = sourcesForAnalysis(db);
  const fingerprint = sourceFingerprint(db);
  // Timed from the analysis's first progress report, so a worker's start-up is not counted.
  let started: number | null = null;
  const result = await analyze(
    sources.map(({ id, title, text, nearDuplicateOf }) => ({ id, title, text, nearDuplicateOf })),
    (progress) => {
      started ??= performance.now();
      onProgress(progress);
    },
  );
  const ms = started === null ? 0 : Math.round(performance.now() - started);
  if (sourceFingerprint(db) !== fingerprint) return null;
  const now = new Date().toISOString();
  const saving = performance.now();
  db.transaction(() => {
    saveAnalysis(db, result, { analyzedAt: now, analyzerVersion: ANALYZER_VERSION, sourceFingerprint: sha256(fingerprint), ms });
    logActivity(db, 'analysis.ran', null, { sources: sources.length, claims: result.claims.length, discrepancies: result.discrepancies.length, ms }, now);
  })();
  log.debug(`analysed ${sources.length} sources in ${ms} ms; stored in ${Math.round(performance.now() - saving)} ms on the main thread`);
  return { analyzedAt: now, ms, claims: result.claims.length, discrepancies: result.discrepancies.length };
}

export function analysisReport(db: Db): AnalysisReport {
  const run = currentRun(db);
  const sources = sourcesForAnalysis(db).map(({ id, title, fileName }) => ({ id, title, fileName }));
  // The editor's own discrepancies (made from annotations) come after the analysis' ones, run or not.
  const manual = manualDiscrepancies(db);
  if (!run) return { analyzedAt: null, stale: sources.length > 0, sources, claims: [], discrepancies: manual, entities: [], orphanedDecisions: orphanedDecisions(db) };
  return {
    analyzedAt: run.analyzedAt,
    stale: run.analyzerVersion !== ANALYZER_VERSION || run.sourceFingerprint !== sha256(sourceFingerprint(db)),
    sources,
    claims: loadClaims(db, run.id),
    discrepancies: [...loadDiscrepancies(db, run.id), ...manual],
    entities: loadEntities(db, run.id),
    orphanedDecisions: orphanedDecisions(db),
  };
}

export function findDiscrepancy(db: Db, id: string): Discrepancy {
  const run = currentRun(db);
  const found = [...(run ? loadDiscrepancies(db, run.id) : []), ...manualDiscrepancies(db)].find((d) => d.id === id);
  if (!found) throw new AppError('NOT_FOUND', `There is no discrepancy ${id} in the current analysis. Run the analysis again, or check the id.`);
  return found;
}

/** Records (or withdraws, with 'reopen') the editor's decision; returns the discrepancy as it now stands. */
export function decide(db: Db, id: string, input: DecideInput, now = new Date().toISOString()): Discrepancy {
  if (!discrepancyExists(db, id)) findDiscrepancy(db, id);
  const previous = getDecision(db, id)?.status ?? 'open';
  db.transaction(() => {
    if (input.action === 'reopen') {
      deleteDecision(db, id);
    } else {
      const decision: Decision = {
        discrepancyId: id,
        status: input.action === 'dismiss' ? 'dismissed' : 'decided',
        reading: input.action === 'dismiss' ? null : input.reading,
        note: input.note ?? null,
        evidenceUrl: input.evidenceUrl ?? null,
        decidedAt: now,
      };
      saveDecision(db, decision);
    }
    logActivity(db, `discrepancy.${input.action}`, id, { previous }, now);
  })();
  return findDiscrepancy(db, id);
}
