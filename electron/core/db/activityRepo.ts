import type { Database } from 'better-sqlite3';
import type { JsonValue } from '../../../shared/api/errors';
import { stmt } from './statements';

/** Appends one entry to the project's activity log (never updated, never deleted). */
export function logActivity(db: Database, kind: string, subject: string | null, detail: JsonValue | null, at: string): void {
  stmt(db, 'INSERT INTO activity (at, kind, subject, detail) VALUES (?, ?, ?, ?)').run(at, kind, subject, detail === null ? null : JSON.stringify(detail));
}

export function countActivity(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM activity').get() as { n: number }).n;
}
