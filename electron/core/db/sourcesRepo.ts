import type { Database } from 'better-sqlite3';
import type { SourceDetail, SourceFormat, SourceMetadataPatch, SourceOrigin, SourceSummary } from '../../../shared/domain/source';
import { REMOVED_BOILERPLATE_SQL } from './blocksRepo';
import { countWords, sha256 } from '../ingest/textStats';
import { stmt } from './statements';

const SUMMARY_COLUMNS = `
  s.id, s.title, s.outlet, s.author, s.published_at AS publishedAt, s.url, s.language,
  s.origin, s.file_name AS fileName, s.format, s.word_count AS wordCount, s.imported_at AS importedAt,
  (SELECT count(*) FROM source_blocks b WHERE b.source_id = s.id AND ${REMOVED_BOILERPLATE_SQL}) AS removedCount,
  s.near_duplicate_of AS nearDuplicateOf, s.near_duplicate_score AS nearDuplicateScore,
  (SELECT count(DISTINCT vs.discrepancy_id) FROM variant_sources vs
     JOIN discrepancies d ON d.run_id = vs.run_id AND d.id = vs.discrepancy_id
    WHERE vs.source_id = s.id AND d.kind <> 'single-source'
      AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.discrepancy_id = vs.discrepancy_id))
  + (SELECT count(*) FROM manual_discrepancies m WHERE m.source_id = s.id AND m.kind <> 'single-source'
      AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.discrepancy_id = 'manual-' || m.id)) AS openFlags`;

export interface NewSourceRow {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  origin: SourceOrigin;
  fileName: string | null;
  format: SourceFormat;
  encoding: string | null;
  rawText: string;
  preparedText: string;
  cleanText: string;
  sha256: string;
  wordCount: number;
  importedAt: string;
  cleanerVersion: number;
  nearDuplicateOf: number | null;
  nearDuplicateScore: number | null;
}

export function listSources(db: Database): SourceSummary[] {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM sources s ORDER BY s.position, s.id`).all() as SourceSummary[];
}

export function getSourceSummary(db: Database, id: number): SourceSummary | undefined {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`).get(id) as SourceSummary | undefined;
}

export function getSource(db: Database, id: number): SourceDetail | undefined {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS}, s.clean_text AS text FROM sources s WHERE s.id = ?`).get(id) as SourceDetail | undefined;
}

export function countSources(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM sources').get() as { n: number }).n;
}

export function findSourceIdByHash(db: Database, sha256: string, exceptId = -1): number | undefined {
  return (stmt(db, 'SELECT id FROM sources WHERE sha256 = ? AND id <> ? LIMIT 1').get(sha256, exceptId) as { id: number } | undefined)?.id;
}

/** Every source's cleaned text, for near-duplicate search at import. */
export function allCleanTexts(db: Database): Array<{ id: number; title: string; text: string }> {
  return stmt(db, 'SELECT id, title, clean_text AS text FROM sources ORDER BY id').all() as Array<{ id: number; title: string; text: string }>;
}

export function insertSource(db: Database, row: NewSourceRow): number {
  const position = (stmt(db, 'SELECT coalesce(max(position), 0) + 1 AS p FROM sources').get() as { p: number }).p;
  const info = stmt(
    db,
    `INSERT INTO sources (position, title, outlet, author, published_at, url, language, origin, file_name, format, encoding,
                          raw_text, prepared_text, clean_text, sha256, word_count, imported_at, cleaner_version,
                          near_duplicate_of, near_duplicate_score)
     VALUES (@position, @title, @outlet, @author, @publishedAt, @url, @language, @origin, @fileName, @format, @encoding,
             @rawText, @preparedText, @cleanText, @sha256, @wordCount, @importedAt, @cleanerVersion,
             @nearDuplicateOf, @nearDuplicateScore)`,
  ).run({ ...row, position });
  return Number(info.lastInsertRowid);
}

/** What re-cleaning needs of a source. */
export interface CleaningInput {
  id: number;
  format: SourceFormat;
  rawText: string;
  preparedText: string | null;
  cleanerVersion: number;
}

export function sourcesCleanedBefore(db: Database, version: number): CleaningInput[] {
  return stmt(
    db,
    'SELECT id, format, raw_text AS rawText, prepared_text AS preparedText, cleaner_version AS cleanerVersion FROM sources WHERE cleaner_version < ? ORDER BY id',
  ).all(version) as CleaningInput[];
}


export function updateCleanText(db: Database, id: number, cleanText: string): void {
  stmt(db, 'UPDATE sources SET clean_text = ?, sha256 = ?, word_count = ? WHERE id = ?').run(cleanText, sha256(cleanText), countWords(cleanText), id);
}

/** What the cleaner last worked on, and which version of it did. */
export function markCleaned(db: Database, id: number, preparedText: string, cleanerVersion: number): void {
  stmt(db, 'UPDATE sources SET prepared_text = ?, cleaner_version = ? WHERE id = ?').run(preparedText, cleanerVersion, id);
}

const PATCH_COLUMNS: Record<keyof SourceMetadataPatch, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  publishedAt: 'published_at',
  url: 'url',
  language: 'language',
};

export function updateSourceMetadata(db: Database, id: number, patch: SourceMetadataPatch): void {
  for (const [key, column] of Object.entries(PATCH_COLUMNS) as Array<[keyof SourceMetadataPatch, string]>) {
    if (patch[key] === undefined) continue;
    // Column names come from the fixed map above, never from input; values are bound.
    stmt(db, `UPDATE sources SET ${column} = ? WHERE id = ?`).run(patch[key], id);
  }
}

export function deleteSource(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM sources WHERE id = ?').run(id).changes > 0;
}

/** What the analysis reads: every source's cleaned text, in project order. */
export function sourcesForAnalysis(db: Database): Array<{ id: number; title: string; fileName: string | null; text: string; nearDuplicateOf: number | null; sha256: string }> {
  return stmt(
    db,
    'SELECT id, title, file_name AS fileName, clean_text AS text, near_duplicate_of AS nearDuplicateOf, sha256 FROM sources ORDER BY position, id',
  ).all() as Array<{ id: number; title: string; fileName: string | null; text: string; nearDuplicateOf: number | null; sha256: string }>;
}

/** Changes whenever a source is added, removed or its cleaned text changes. */
export function sourceFingerprint(db: Database): string {
  return (stmt(db, "SELECT coalesce(group_concat(id || ':' || sha256, ','), '') AS f FROM (SELECT id, sha256 FROM sources ORDER BY id)").get() as { f: string }).f;
}
