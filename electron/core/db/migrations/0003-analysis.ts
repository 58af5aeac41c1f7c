import type { Database } from 'better-sqlite3';

/**
 * Analysis and decisions. The analysis is derived data: each run replaces the previous one
 * whole (analysis_runs keeps one row; claims, discrepancies and entities hang off it and go with
 * it). Decisions are the editor's work: keyed by the discrepancy's stable id, not a foreign key,
 * so a re-analysis can never delete or re-target them; a decision whose discrepancy disappears is
 * reported as orphaned.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE analysis_runs (
      id                  INTEGER PRIMARY KEY,
      analyzed_at         TEXT    NOT NULL,
      analyzer_version    INTEGER NOT NULL,
      source_fingerprint  TEXT    NOT NULL,
      ms                  REAL    NOT NULL
    ) STRICT;

    CREATE TABLE claims (
      run_id    INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
      id        TEXT    NOT NULL,
      position  INTEGER NOT NULL,
      text      TEXT    NOT NULL,
      PRIMARY KEY (run_id, id)
    ) STRICT;

    CREATE TABLE claim_members (
      run_id     INTEGER NOT NULL,
      claim_id   TEXT    NOT NULL,
      source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      start      INTEGER NOT NULL,
      end        INTEGER NOT NULL,
      FOREIGN KEY (run_id, claim_id) REFERENCES claims (run_id, id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX claim_members_claim ON claim_members (run_id, claim_id);
    CREATE INDEX claim_members_source ON claim_members (source_id);

    CREATE TABLE discrepancies (
      run_id      INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
      id          TEXT    NOT NULL,
      position    INTEGER NOT NULL,
      kind        TEXT    NOT NULL CHECK (kind IN ('name', 'number', 'duration', 'date', 'time', 'role', 'quote', 'attribution', 'single-source')),
      summary     TEXT    NOT NULL,
      suggested   TEXT,
      confidence  REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
      reasons     TEXT    NOT NULL CHECK (json_valid(reasons)),
      PRIMARY KEY (run_id, id)
    ) STRICT;

    CREATE TABLE discrepancy_variants (
      run_id           INTEGER NOT NULL,
      discrepancy_id   TEXT    NOT NULL,
      seq              INTEGER NOT NULL,
      text             TEXT    NOT NULL,
      excerpts         TEXT    NOT NULL CHECK (json_valid(excerpts)),
      PRIMARY KEY (run_id, discrepancy_id, seq),
      FOREIGN KEY (run_id, discrepancy_id) REFERENCES discrepancies (run_id, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE variant_sources (
      run_id          INTEGER NOT NULL,
      discrepancy_id  TEXT    NOT NULL,
      seq             INTEGER NOT NULL,
      source_id       INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
      FOREIGN KEY (run_id, discrepancy_id, seq) REFERENCES discrepancy_variants (run_id, discrepancy_id, seq) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX variant_sources_source ON variant_sources (source_id);
    CREATE INDEX variant_sources_variant ON variant_sources (run_id, discrepancy_id, seq);

    CREATE TABLE entities (
      run_id     INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
      seq        INTEGER NOT NULL,
      canonical  TEXT    NOT NULL,
      kind       TEXT    NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
      mentions   TEXT    NOT NULL CHECK (json_valid(mentions)),
      PRIMARY KEY (run_id, seq)
    ) STRICT;

    CREATE TABLE decisions (
      discrepancy_id  TEXT PRIMARY KEY,
      status          TEXT NOT NULL CHECK (status IN ('decided', 'dismissed')),
      reading         TEXT,
      note            TEXT,
      evidence_url    TEXT,
      decided_at      TEXT NOT NULL,
      CHECK (status = 'dismissed' OR reading IS NOT NULL)
    ) STRICT;
  `);
}
