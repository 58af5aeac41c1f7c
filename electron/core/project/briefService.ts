/**
 * The brief's storage rules: every write is a validated document; a save based on an older
 * version is refused; revisions keep earlier states (one per compile and restore, one per
 * stretch of editing: saves within EDIT_WINDOW_MS of the last edit revision update it).
 */
import { AppError } from '../../../shared/api/errors';
import { briefWordCount, type BriefDocument } from '../../../shared/brief/document';
import type { AnalysisReport } from '../../../shared/domain/analysis';
import type { BriefRevision, BriefRevisionReason, BriefRevisionSummary, BriefState } from '../../../shared/domain/brief';
import type { SourceSummary } from '../../../shared/domain/source';
import { logActivity } from '../db/activityRepo';
import { getBriefRow, getRevisionDocument, insertRevision, latestRevision, listRevisions, putBrief, updateRevision } from '../db/briefRepo';
import type { Db } from '../db/open';
import { sourcesForAnalysis } from '../db/sourcesRepo';
import { compileBrief } from '../brief/compileBrief';
import { parseBriefDocument } from '../brief/headless';
import { mergeBrief } from '../brief/mergeBrief';

export const EDIT_WINDOW_MS = 5 * 60_000;
export const DEFAULT_MIN_SUPPORT = 2;

export interface CompileSummary {
  body: number;
  setApart: number;
  corrections: number;
  keptEdits: number;
  markedForReview: number;
}

export function briefState(db: Db): BriefState {
  const row = getBriefRow(db);
  if (!row) return { document: null, version: 0, wordCount: 0, minSupport: DEFAULT_MIN_SUPPORT, compiledAt: null, updatedAt: null };
  return { document: JSON.parse(row.document) as BriefDocument, version: row.version, wordCount: row.wordCount, minSupport: row.minSupport, compiledAt: row.compiledAt, updatedAt: row.updatedAt };
}

function write(db: Db, document: BriefDocument, reason: BriefRevisionReason, fields: { minSupport?: number; compiledAt?: string | null }, now: string): BriefState {
  const current = getBriefRow(db);
  const text = JSON.stringify(document);
  const wordCount = briefWordCount(document);
  putBrief(db, {
    document: text,
    version: (current?.version ?? 0) + 1,
    wordCount,
    minSupport: fields.minSupport ?? current?.minSupport ?? DEFAULT_MIN_SUPPORT,
    compiledAt: fields.compiledAt !== undefined ? fields.compiledAt : (current?.compiledAt ?? null),
    updatedAt: now,
  });
  const last = latestRevision(db);
  if (reason === 'edit' && last?.reason === 'edit' && Date.parse(now) - Date.parse(last.updatedAt) < EDIT_WINDOW_MS) updateRevision(db, last.id, text, wordCount, now);
  else insertRevision(db, reason, text, wordCount, now);
  return briefState(db);
}

/** Compiles (or recompiles, keeping the editor's work) from the current analysis and decisions. */
export function compile(db: Db, report: AnalysisReport, sources: SourceSummary[], title: string, minSupport: number | undefined, now = new Date().toISOString()): { state: BriefState; summary: CompileSummary } {
  const previous = getBriefRow(db);
  const k = minSupport ?? previous?.minSupport ?? DEFAULT_MIN_SUPPORT;
  const texts = new Map(sourcesForAnalysis(db).map((s) => [s.id, s.text]));
  const fresh = compileBrief({ title, report, sources, textOf: (id) => texts.get(id), minSupport: k });
  const merged = previous ? mergeBrief(JSON.parse(previous.document) as BriefDocument, fresh.document) : { document: fresh.document, keptEdits: 0, markedForReview: 0 };
  const document = parseBriefDocument(merged.document);
  const summary = { body: fresh.body, setApart: fresh.setApart, corrections: fresh.corrections, keptEdits: merged.keptEdits, markedForReview: merged.markedForReview };
  const state = db.transaction(() => {
    const saved = write(db, document, 'compile', { minSupport: k, compiledAt: now }, now);
    logActivity(db, 'brief.compiled', null, summary, now);
    return saved;
  })();
  return { state, summary };
}

/** The editor's save. `baseVersion` is the version their text started from. */
export function save(db: Db, document: unknown, baseVersion: number, now = new Date().toISOString()): BriefState {
  const parsed = parseBriefDocument(document);
  return db.transaction(() => {
    const current = getBriefRow(db)?.version ?? 0;
    if (baseVersion !== current) {
      throw new AppError('CONFLICT', 'The brief changed elsewhere since you began editing (another window, a recompile or a restore), so your last changes were not saved. Keep your version (the newer text stays in the revisions) or load the newer brief.', {
        currentVersion: current,
      });
    }
    return write(db, parsed, 'edit', {}, now);
  })();
}

export function revisions(db: Db): BriefRevisionSummary[] {
  return listRevisions(db);
}

export function revision(db: Db, id: number): BriefRevision {
  const row = getRevisionDocument(db, id);
  if (!row) throw new AppError('NOT_FOUND', `There is no revision ${id} of this brief.`);
  return { ...row, document: JSON.parse(row.document) as BriefDocument };
}

/** Makes an earlier revision the current brief (the state it replaces stays in the revisions). */
export function restore(db: Db, id: number, now = new Date().toISOString()): BriefState {
  const { document } = revision(db, id);
  return db.transaction(() => {
    const state = write(db, parseBriefDocument(document), 'restore', {}, now);
    logActivity(db, 'brief.restored', String(id), null, now);
    return state;
  })();
}
