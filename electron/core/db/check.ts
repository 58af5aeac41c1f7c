import type { Database } from 'better-sqlite3';

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: Array<{ table: string; rowid: number | null; parent: string }>;
}

/** Full integrity check and foreign-key check of an open project. Reads only. */
export function checkDatabase(db: Database): CheckReport {
  const integrity = (db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>)
    .map((row) => row.integrity_check)
    .filter((line) => line !== 'ok');
  const foreignKeys = (db.pragma('foreign_key_check', { simple: false }) as Array<{ table: string; rowid: number | null; parent: string }>).map(
    ({ table, rowid, parent }) => ({ table, rowid, parent }),
  );
  return { ok: integrity.length === 0 && foreignKeys.length === 0, integrity, foreignKeys };
}

export function journalMode(db: Database): string {
  return db.pragma('journal_mode', { simple: true }) as string;
}

export function applicationId(db: Database): number {
  return db.pragma('application_id', { simple: true }) as number;
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
