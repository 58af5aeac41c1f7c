import type { Database } from 'better-sqlite3';
import type { SourceDetail, SourceSummary } from '../../../shared/domain/source';
import { stmt } from './statements';

const SUMMARY_COLUMNS = `
  id, title, outlet, author, published_at AS publishedAt, url, language,
  word_count AS wordCount, imported_at AS importedAt, 0 AS openFlags`;

export interface NewSourceRow {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  rawText: string;
  cleanText: string;
  sha256: string;
  wordCount: number;
  importedAt: string;
}

export function listSources(db: Database): SourceSummary[] {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM sources ORDER BY position, id`).all() as SourceSummary[];
}

export function getSource(db: Database, id: number): SourceDetail | undefined {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS}, clean_text AS text FROM sources WHERE id = ?`).get(id) as SourceDetail | undefined;
}

export function countSources(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM sources').get() as { n: number }).n;
}

export function findSourceIdByHash(db: Database, sha256: string): number | undefined {
  return (stmt(db, 'SELECT id FROM sources WHERE sha256 = ? LIMIT 1').get(sha256) as { id: number } | undefined)?.id;
}

export function insertSource(db: Database, row: NewSourceRow): number {
  const position = (stmt(db, 'SELECT coalesce(max(position), 0) + 1 AS p FROM sources').get() as { p: number }).p;
  const info = stmt(
    db,
    `INSERT INTO sources (position, title, outlet, author, published_at, url, language, raw_text, clean_text, sha256, word_count, imported_at)
     VALUES (@position, @title, @outlet, @author, @publishedAt, @url, @language, @rawText, @cleanText, @sha256, @wordCount, @importedAt)`,
  ).run({ ...row, position });
  return Number(info.lastInsertRowid);
}
