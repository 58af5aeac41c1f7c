/**
 * The brief (one current document) and its revisions. See migrations/0004-brief.ts.
 * Documents are stored as the JSON text the caller validated; this module never parses them.
 */
import type { Database } from 'better-sqlite3';
import type { BriefRevisionReason, BriefRevisionSummary } from '../../../shared/domain/brief';
import { stmt } from './statements';

export interface BriefRow {
  document: string;
  version: number;
  wordCount: number;
  minSupport: number;
  compiledAt: string | null;
  updatedAt: string;
}

export function getBriefRow(db: Database): BriefRow | undefined {
  return stmt(db, 'SELECT document, version, word_count AS wordCount, min_support AS minSupport, compiled_at AS compiledAt, updated_at AS updatedAt FROM brief WHERE id = 1').get() as BriefRow | undefined;
}

/** Writes the current brief; the caller checked the version it was based on. */
export function putBrief(db: Database, row: BriefRow): void {
  stmt(
    db,
    `INSERT INTO brief (id, document, version, word_count, min_support, compiled_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET document = excluded.document, version = excluded.version, word_count = excluded.word_count,
       min_support = excluded.min_support, compiled_at = excluded.compiled_at, updated_at = excluded.updated_at`,
  ).run(row.document, row.version, row.wordCount, row.minSupport, row.compiledAt, row.updatedAt);
}

export function latestRevision(db: Database): (BriefRevisionSummary & { id: number }) | undefined {
  return stmt(db, 'SELECT id, reason, word_count AS wordCount, created_at AS createdAt, updated_at AS updatedAt FROM brief_revisions ORDER BY id DESC LIMIT 1').get() as
    | BriefRevisionSummary
    | undefined;
}

export function insertRevision(db: Database, reason: BriefRevisionReason, document: string, wordCount: number, now: string): number {
  return Number(stmt(db, 'INSERT INTO brief_revisions (reason, document, word_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(reason, document, wordCount, now, now).lastInsertRowid);
}

export function updateRevision(db: Database, id: number, document: string, wordCount: number, now: string): void {
  stmt(db, 'UPDATE brief_revisions SET document = ?, word_count = ?, updated_at = ? WHERE id = ?').run(document, wordCount, now, id);
}

export function listRevisions(db: Database): BriefRevisionSummary[] {
  return stmt(db, 'SELECT id, reason, word_count AS wordCount, created_at AS createdAt, updated_at AS updatedAt FROM brief_revisions ORDER BY id DESC').all() as BriefRevisionSummary[];
}

export function getRevisionDocument(db: Database, id: number): (BriefRevisionSummary & { document: string }) | undefined {
  return stmt(db, 'SELECT id, reason, document, word_count AS wordCount, created_at AS createdAt, updated_at AS updatedAt FROM brief_revisions WHERE id = ?').get(id) as
    | (BriefRevisionSummary & { document: string })
    | undefined;
}
