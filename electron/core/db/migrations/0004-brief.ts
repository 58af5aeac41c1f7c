import type { Database } from 'better-sqlite3';

/**
 * The consensus brief: the editor's work, never touched by re-analysis. `brief` holds the one
 * current document (Lexical JSON, validated headlessly before every write) with a version that
 * rises on each save, so a stale writer is refused instead of overwriting newer text.
 * `brief_revisions` keeps earlier states: one per compile and restore, and one per stretch of
 * editing (autosaves within a few minutes of each other update the same revision).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE brief (
      id            INTEGER PRIMARY KEY CHECK (id = 1),
      document      TEXT    NOT NULL,
      version       INTEGER NOT NULL,
      word_count    INTEGER NOT NULL,
      min_support   INTEGER NOT NULL DEFAULT 2 CHECK (min_support BETWEEN 1 AND 20),
      compiled_at   TEXT,
      updated_at    TEXT    NOT NULL
    ) STRICT;

    CREATE TABLE brief_revisions (
      id            INTEGER PRIMARY KEY,
      reason        TEXT    NOT NULL CHECK (reason IN ('compile', 'edit', 'restore')),
      document      TEXT    NOT NULL,
      word_count    INTEGER NOT NULL,
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL
    ) STRICT;
  `);
}
