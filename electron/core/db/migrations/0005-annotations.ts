import type { Database } from 'better-sqlite3';

/**
 * Annotations and manual discrepancies: the editor's work, never deleted by re-analysis or
 * re-cleaning. An annotation is anchored by its exact quote, up to 32 characters of context either
 * side and the offsets into the source's cleaned text (W3C TextQuote + TextPosition); `state` says
 * whether it is placed in the current text. `source_id` is not a foreign key: when a source is
 * removed its annotations stay, marked 'source-removed' with the source's title (a trigger, so
 * every way of removing a source does it); since source ids may be reused, such an annotation
 * never attaches to a later source. `discrepancy_id` is the discrepancy's stable string id, not a
 * foreign key, like decisions. Ids are AUTOINCREMENT: a deleted annotation's id is never reused,
 * so an undo or a stale list can never reach another annotation.
 *
 * A manual discrepancy is one the editor made from an annotation; it appears in the analysis
 * report as `manual-<id>` beside the analysis' own, and is decided like any other.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE annotations (
      id                    INTEGER PRIMARY KEY AUTOINCREMENT,
      source_id             INTEGER NOT NULL,
      kind                  TEXT    NOT NULL CHECK (kind IN ('error', 'discrepancy', 'note', 'verified')),
      comment               TEXT    NOT NULL,
      quote                 TEXT    NOT NULL CHECK (length(quote) > 0),
      prefix                TEXT    NOT NULL,
      suffix                TEXT    NOT NULL,
      start                 INTEGER NOT NULL CHECK (start >= 0),
      end                   INTEGER NOT NULL CHECK (end > start),
      state                 TEXT    NOT NULL CHECK (state IN ('anchored', 'orphaned', 'source-removed')),
      removed_source_title  TEXT,
      discrepancy_id        TEXT,
      created_at            TEXT    NOT NULL,
      updated_at            TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX annotations_source ON annotations (source_id, start);

    CREATE TRIGGER annotations_keep_on_source_removed AFTER DELETE ON sources
    BEGIN
      UPDATE annotations SET state = 'source-removed', removed_source_title = OLD.title WHERE source_id = OLD.id AND state <> 'source-removed';
    END;

    CREATE TABLE manual_discrepancies (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      annotation_id  INTEGER,
      kind           TEXT    NOT NULL CHECK (kind IN ('name', 'number', 'duration', 'date', 'time', 'role', 'quote', 'attribution', 'single-source')),
      summary        TEXT    NOT NULL CHECK (length(summary) > 0),
      source_id      INTEGER NOT NULL,
      quote          TEXT    NOT NULL,
      created_at     TEXT    NOT NULL
    ) STRICT;
  `);
}
