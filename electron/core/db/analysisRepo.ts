/**
 * The stored analysis (one run, replaced whole) and the editor's decisions (never touched by a
 * re-analysis). See migrations/0003-analysis.ts.
 */
import type { Database } from 'better-sqlite3';
import type { ClaimResult, Decision, Discrepancy, DiscrepancyKind, EntityResult, Excerpt } from '../../../shared/domain/analysis';
import { stmt } from './statements';

export interface AnalysisToSave {
  claims: ClaimResult[];
  discrepancies: Array<Omit<Discrepancy, 'status' | 'decision'>>;
  entities: EntityResult[];
}

export interface RunInfo {
  id: number;
  analyzedAt: string;
  analyzerVersion: number;
  sourceFingerprint: string;
  ms: number;
}

export function saveAnalysis(db: Database, analysis: AnalysisToSave, run: Omit<RunInfo, 'id'>): number {
  stmt(db, 'DELETE FROM analysis_runs').run();
  const runId = Number(
    stmt(db, 'INSERT INTO analysis_runs (analyzed_at, analyzer_version, source_fingerprint, ms) VALUES (?, ?, ?, ?)').run(run.analyzedAt, run.analyzerVersion, run.sourceFingerprint, run.ms)
      .lastInsertRowid,
  );
  const claim = stmt(db, 'INSERT INTO claims (run_id, id, position, text) VALUES (?, ?, ?, ?)');
  const member = stmt(db, 'INSERT INTO claim_members (run_id, claim_id, source_id, start, end) VALUES (?, ?, ?, ?, ?)');
  analysis.claims.forEach((c, position) => {
    claim.run(runId, c.id, position, c.text);
    for (const m of c.members) member.run(runId, c.id, m.sourceId, m.start, m.end);
  });
  const discrepancy = stmt(db, 'INSERT INTO discrepancies (run_id, id, position, kind, summary, suggested, confidence, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const variant = stmt(db, 'INSERT INTO discrepancy_variants (run_id, discrepancy_id, seq, text, excerpts) VALUES (?, ?, ?, ?, ?)');
  const variantSource = stmt(db, 'INSERT INTO variant_sources (run_id, discrepancy_id, seq, source_id) VALUES (?, ?, ?, ?)');
  analysis.discrepancies.forEach((d, position) => {
    discrepancy.run(runId, d.id, position, d.kind, d.summary, d.suggested, d.confidence, JSON.stringify(d.reasons));
    d.variants.forEach((v, seq) => {
      variant.run(runId, d.id, seq, v.text, JSON.stringify(v.excerpts));
      for (const sourceId of v.sourceIds) variantSource.run(runId, d.id, seq, sourceId);
    });
  });
  const entity = stmt(db, 'INSERT INTO entities (run_id, seq, canonical, kind, mentions) VALUES (?, ?, ?, ?, ?)');
  analysis.entities.forEach((e, seq) => entity.run(runId, seq, e.canonical, e.kind, JSON.stringify(e.mentions)));
  return runId;
}

export function currentRun(db: Database): RunInfo | undefined {
  return stmt(db, 'SELECT id, analyzed_at AS analyzedAt, analyzer_version AS analyzerVersion, source_fingerprint AS sourceFingerprint, ms FROM analysis_runs ORDER BY id DESC LIMIT 1').get() as
    | RunInfo
    | undefined;
}

export function loadClaims(db: Database, runId: number): ClaimResult[] {
  const members = stmt(db, 'SELECT claim_id AS claimId, source_id AS sourceId, start, end FROM claim_members WHERE run_id = ? ORDER BY rowid').all(runId) as Array<{
    claimId: string;
    sourceId: number;
    start: number;
    end: number;
  }>;
  const byClaim = new Map<string, ClaimResult['members']>();
  for (const { claimId, ...m } of members) byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), m]);
  return (stmt(db, 'SELECT id, text FROM claims WHERE run_id = ? ORDER BY position').all(runId) as Array<{ id: string; text: string }>).map((c) => {
    const list = byClaim.get(c.id) ?? [];
    return { id: c.id, text: c.text, sourceIds: [...new Set(list.map((m) => m.sourceId))], members: list };
  });
}

interface DecisionRow {
  discrepancyId: string;
  status: Decision['status'];
  reading: string | null;
  note: string | null;
  evidenceUrl: string | null;
  decidedAt: string;
}

const DECISION_COLUMNS = 'discrepancy_id AS discrepancyId, status, reading, note, evidence_url AS evidenceUrl, decided_at AS decidedAt';

export function loadDiscrepancies(db: Database, runId: number): Discrepancy[] {
  const variants = stmt(db, 'SELECT discrepancy_id AS discrepancyId, seq, text, excerpts FROM discrepancy_variants WHERE run_id = ? ORDER BY discrepancy_id, seq').all(runId) as Array<{
    discrepancyId: string;
    seq: number;
    text: string;
    excerpts: string;
  }>;
  const sources = stmt(db, 'SELECT discrepancy_id AS discrepancyId, seq, source_id AS sourceId FROM variant_sources WHERE run_id = ? ORDER BY rowid').all(runId) as Array<{
    discrepancyId: string;
    seq: number;
    sourceId: number;
  }>;
  const sourcesOf = new Map<string, number[]>();
  for (const s of sources) sourcesOf.set(`${s.discrepancyId}#${s.seq}`, [...(sourcesOf.get(`${s.discrepancyId}#${s.seq}`) ?? []), s.sourceId]);
  const variantsOf = new Map<string, Discrepancy['variants']>();
  for (const v of variants) {
    const list = variantsOf.get(v.discrepancyId) ?? [];
    list.push({ text: v.text, sourceIds: sourcesOf.get(`${v.discrepancyId}#${v.seq}`) ?? [], excerpts: JSON.parse(v.excerpts) as Excerpt[] });
    variantsOf.set(v.discrepancyId, list);
  }
  const decisions = new Map((stmt(db, `SELECT ${DECISION_COLUMNS} FROM decisions`).all() as DecisionRow[]).map((d) => [d.discrepancyId, d]));
  const rows = stmt(db, 'SELECT id, kind, summary, suggested, confidence, reasons FROM discrepancies WHERE run_id = ? ORDER BY position').all(runId) as Array<{
    id: string;
    kind: DiscrepancyKind;
    summary: string;
    suggested: string | null;
    confidence: number;
    reasons: string;
  }>;
  return rows.map((row) => {
    const decision = decisions.get(row.id) ?? null;
    return { ...row, reasons: JSON.parse(row.reasons) as string[], variants: variantsOf.get(row.id) ?? [], status: decision?.status ?? 'open', decision };
  });
}

export function loadEntities(db: Database, runId: number): EntityResult[] {
  return (stmt(db, 'SELECT canonical, kind, mentions FROM entities WHERE run_id = ? ORDER BY seq').all(runId) as Array<{ canonical: string; kind: EntityResult['kind']; mentions: string }>).map(
    (e) => ({ ...e, mentions: JSON.parse(e.mentions) as EntityResult['mentions'] }),
  );
}

/** Decisions whose discrepancy the current analysis no longer has (the editor's manual discrepancies always exist). */
export function orphanedDecisions(db: Database): Decision[] {
  return stmt(
    db,
    `SELECT ${DECISION_COLUMNS} FROM decisions WHERE discrepancy_id NOT IN (SELECT d.id FROM discrepancies d JOIN analysis_runs r ON r.id = d.run_id)
       AND discrepancy_id NOT IN (SELECT 'manual-' || m.id FROM manual_discrepancies m) ORDER BY decided_at`,
  ).all() as Decision[];
}

export function getDecision(db: Database, discrepancyId: string): Decision | undefined {
  return stmt(db, `SELECT ${DECISION_COLUMNS} FROM decisions WHERE discrepancy_id = ?`).get(discrepancyId) as Decision | undefined;
}

export function saveDecision(db: Database, decision: Decision): void {
  stmt(
    db,
    `INSERT INTO decisions (discrepancy_id, status, reading, note, evidence_url, decided_at) VALUES (@discrepancyId, @status, @reading, @note, @evidenceUrl, @decidedAt)
     ON CONFLICT (discrepancy_id) DO UPDATE SET status = excluded.status, reading = excluded.reading, note = excluded.note,
       evidence_url = excluded.evidence_url, decided_at = excluded.decided_at`,
  ).run(decision);
}

export function deleteDecision(db: Database, discrepancyId: string): boolean {
  return stmt(db, 'DELETE FROM decisions WHERE discrepancy_id = ?').run(discrepancyId).changes > 0;
}

export function discrepancyExists(db: Database, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM discrepancies d JOIN analysis_runs r ON r.id = d.run_id WHERE d.id = ?').get(id) !== undefined;
}
