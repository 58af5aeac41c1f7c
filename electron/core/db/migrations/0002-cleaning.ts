import type { Database } from 'better-sqlite3';

/**
 * Import and cleaning. Each source keeps the text as imported (raw_text), the plain text the
 * cleaner worked on (prepared_text), and its blocks: one row per line-block with the cleaner's
 * label and reason and the editor's own choice. The cleaned text is derived from the blocks, so
 * every removal is visible and reversible, and re-cleaning replaces labels but never choices.
 * (design.md named this table removed_spans; blocks hold kept and removed text alike, which is
 * what restoring and removing in the reader needs.)
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE sources ADD COLUMN origin TEXT NOT NULL DEFAULT 'file' CHECK (origin IN ('file', 'paste', 'url', 'sample'));
    ALTER TABLE sources ADD COLUMN file_name TEXT;
    ALTER TABLE sources ADD COLUMN format TEXT NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'markdown', 'html', 'docx'));
    ALTER TABLE sources ADD COLUMN encoding TEXT;
    ALTER TABLE sources ADD COLUMN prepared_text TEXT;
    ALTER TABLE sources ADD COLUMN cleaner_version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sources ADD COLUMN near_duplicate_of INTEGER REFERENCES sources (id) ON DELETE SET NULL;
    ALTER TABLE sources ADD COLUMN near_duplicate_score REAL;

    CREATE TABLE source_blocks (
      id             INTEGER PRIMARY KEY,
      source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      seq            INTEGER NOT NULL,
      start          INTEGER NOT NULL CHECK (start >= 0),
      end            INTEGER NOT NULL CHECK (end >= start),
      text           TEXT    NOT NULL,
      label          TEXT    NOT NULL CHECK (label IN ('body', 'caption', 'title', 'byline', 'boilerplate')),
      reason         TEXT,
      editor_choice  TEXT CHECK (editor_choice IN ('keep', 'remove')),
      decided_at     TEXT,
      UNIQUE (source_id, seq)
    ) STRICT;
    CREATE INDEX source_blocks_source ON source_blocks (source_id, seq);
    CREATE INDEX sources_near_duplicate ON sources (near_duplicate_of);
  `);
}
