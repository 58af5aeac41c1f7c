import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { JsonValue } from '../../../shared/api/errors';
import { stmt } from './statements';

/** Appends one entry to the project's activity log (never updated, never deleted). */
export function logActivity(db: Database, kind: string, subject: string | null, detail: JsonValue | null, at: string): void {
  stmt(db, 'INSERT INTO activity (at, kind, subject, detail) VALUES (?, ?, ?, ?)').run(at, kind, subject, detail === null ? null : JSON.stringify(detail));
}

/** How many activity entries the project holds (of one kind, when given). */
export function countActivity(db: Database, kind?: string): number {
  if (kind === undefined) return (stmt(db, 'SELECT count(*) AS n FROM activity').get() as { n: number }).n;
  return (stmt(db, 'SELECT count(*) AS n FROM activity WHERE kind = ?').get(kind) as { n: number }).n;
}

/** Opens a project file read-only just to count activity entries of one kind (crash and backup checks). */
export function countActivityInFile(path: string, kind: string): number {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return countActivity(db, kind);
  } finally {
    db.close();
  }
}
