import type { Database } from 'better-sqlite3';

/**
 * The first schema: the project itself, its sources and the activity log.
 * Later issues add cleaning, analysis, review and brief tables in migrations of their own.
 * Never edit this file once it has shipped: add a migration instead.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE project (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      created_at  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL
    ) STRICT;

    CREATE TABLE sources (
      id            INTEGER PRIMARY KEY,
      position      INTEGER NOT NULL,
      title         TEXT    NOT NULL,
      outlet        TEXT,
      author        TEXT,
      published_at  TEXT,
      url           TEXT,
      language      TEXT,
      raw_text      TEXT    NOT NULL,
      clean_text    TEXT    NOT NULL,
      sha256        TEXT    NOT NULL,
      word_count    INTEGER NOT NULL CHECK (word_count >= 0),
      imported_at   TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX sources_position ON sources (position);
    CREATE INDEX sources_sha256 ON sources (sha256);

    CREATE TABLE activity (
      id       INTEGER PRIMARY KEY,
      at       TEXT NOT NULL,
      kind     TEXT NOT NULL,
      subject  TEXT,
      detail   TEXT CHECK (detail IS NULL OR json_valid(detail))
    ) STRICT;
  `);
}
