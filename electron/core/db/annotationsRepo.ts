/**
 * Annotations and manual discrepancies (see migrations/0005-annotations.ts). The editor's work:
 * rows are only deleted when the editor deletes them.
 */
import type { Database } from 'better-sqlite3';
import type { DiscrepancyKind } from '../../../shared/domain/analysis';
import type { Annotation, AnnotationKind, AnnotationState, TextAnchor } from '../../../shared/domain/annotation';
import { stmt } from './statements';

interface AnnotationRow {
  id: number;
  sourceId: number;
  removedSourceTitle: string | null;
  kind: AnnotationKind;
  comment: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  state: AnnotationState;
  discrepancyId: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, source_id AS sourceId, removed_source_title AS removedSourceTitle, kind, comment, quote, prefix, suffix, start, end, state,
  discrepancy_id AS discrepancyId, created_at AS createdAt, updated_at AS updatedAt`;

function toAnnotation({ quote, prefix, suffix, start, end, ...row }: AnnotationRow): Annotation {
  return { ...row, anchor: { quote, prefix, suffix, start, end } };
}

export interface NewAnnotation {
  sourceId: number;
  kind: AnnotationKind;
  comment: string;
  anchor: TextAnchor;
  discrepancyId: string | null;
}

export function insertAnnotation(db: Database, a: NewAnnotation, now: string): number {
  const { quote, prefix, suffix, start, end } = a.anchor;
  return Number(
    stmt(
      db,
      `INSERT INTO annotations (source_id, kind, comment, quote, prefix, suffix, start, end, state, discrepancy_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?, ?)`,
    ).run(a.sourceId, a.kind, a.comment, quote, prefix, suffix, start, end, a.discrepancyId, now, now).lastInsertRowid,
  );
}

export function getAnnotation(db: Database, id: number): Annotation | undefined {
  const row = stmt(db, `SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as AnnotationRow | undefined;
  return row && toAnnotation(row);
}

/** Annotations of one source (placed ones in text order, then orphaned), or of the whole project. */
export function listAnnotations(db: Database, sourceId?: number): Annotation[] {
  const rows =
    sourceId === undefined
      ? stmt(db, `SELECT ${COLUMNS} FROM annotations ORDER BY state = 'source-removed', source_id, state <> 'anchored', start, id`).all()
      : stmt(db, `SELECT ${COLUMNS} FROM annotations WHERE source_id = ? AND state <> 'source-removed' ORDER BY state <> 'anchored', start, id`).all(sourceId);
  return (rows as AnnotationRow[]).map(toAnnotation);
}

export function updateAnnotation(db: Database, id: number, patch: { kind?: AnnotationKind; comment?: string; discrepancyId?: string | null }, now: string): void {
  const current = getAnnotation(db, id);
  if (!current) return;
  stmt(db, 'UPDATE annotations SET kind = ?, comment = ?, discrepancy_id = ?, updated_at = ? WHERE id = ?').run(
    patch.kind ?? current.kind,
    patch.comment ?? current.comment,
    patch.discrepancyId === undefined ? current.discrepancyId : patch.discrepancyId,
    now,
    id,
  );
}

/** A new place for the annotation (fresh anchor), or null: orphaned, keeping its last anchor. */
export function setAnchor(db: Database, id: number, anchor: TextAnchor | null): void {
  if (anchor === null) {
    stmt(db, "UPDATE annotations SET state = 'orphaned' WHERE id = ?").run(id);
    return;
  }
  stmt(db, "UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, start = ?, end = ?, state = 'anchored' WHERE id = ?").run(
    anchor.quote,
    anchor.prefix,
    anchor.suffix,
    anchor.start,
    anchor.end,
    id,
  );
}

export function deleteAnnotation(db: Database, id: number): boolean {
  return stmt(db, 'DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}

export interface ManualDiscrepancyRow {
  id: number;
  annotationId: number | null;
  kind: DiscrepancyKind;
  summary: string;
  sourceId: number;
  quote: string;
  createdAt: string;
}

export const MANUAL_PREFIX = 'manual-';

export function insertManualDiscrepancy(db: Database, row: Omit<ManualDiscrepancyRow, 'id'>): number {
  return Number(
    stmt(db, 'INSERT INTO manual_discrepancies (annotation_id, kind, summary, source_id, quote, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      row.annotationId,
      row.kind,
      row.summary,
      row.sourceId,
      row.quote,
      row.createdAt,
    ).lastInsertRowid,
  );
}

export function listManualDiscrepancies(db: Database): ManualDiscrepancyRow[] {
  return stmt(db, 'SELECT id, annotation_id AS annotationId, kind, summary, source_id AS sourceId, quote, created_at AS createdAt FROM manual_discrepancies ORDER BY id').all() as ManualDiscrepancyRow[];
}

export function manualDiscrepancyExists(db: Database, discrepancyId: string): boolean {
  const match = /^manual-(\d+)$/.exec(discrepancyId);
  return match !== null && stmt(db, 'SELECT 1 FROM manual_discrepancies WHERE id = ?').get(Number(match[1])) !== undefined;
}
