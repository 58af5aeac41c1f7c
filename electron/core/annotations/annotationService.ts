/**
 * The editor's annotations: create, edit, delete, re-anchor after the cleaned text changes, and
 * manual discrepancies made from them. Handlers and the command line call this through
 * ProjectSession; only db/ holds SQL.
 */
import { AppError } from '../../../shared/api/errors';
import type { Discrepancy, DiscrepancyKind } from '../../../shared/domain/analysis';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import { logActivity } from '../db/activityRepo';
import { discrepancyExists, getDecision } from '../db/analysisRepo';
import {
  deleteAnnotation,
  getAnnotation,
  insertAnnotation,
  insertManualDiscrepancy,
  listAnnotations,
  listManualDiscrepancies,
  MANUAL_PREFIX,
  manualDiscrepancyExists,
  setAnchor,
  updateAnnotation,
} from '../db/annotationsRepo';
import type { Db } from '../db/open';
import { getSource } from '../db/sourcesRepo';
import { describeAnchor, reanchor } from './anchor';

export interface CreateAnnotationInput {
  sourceId: number;
  start: number;
  end: number;
  /** When given, must equal the text at start–end (the renderer's text may be out of date). */
  quote?: string;
  kind: AnnotationKind;
  comment: string;
  discrepancyId?: string | null;
}

export interface AnnotationPatch {
  kind?: AnnotationKind;
  comment?: string;
  discrepancyId?: string | null;
}

function sourceText(db: Db, sourceId: number): string {
  const source = getSource(db, sourceId);
  if (!source) throw new AppError('NOT_FOUND', `Source ${sourceId} is not in this project (it may have been removed).`);
  return source.text;
}

function assertDiscrepancy(db: Db, id: string | null | undefined): void {
  if (id === null || id === undefined) return;
  if (!discrepancyExists(db, id) && !manualDiscrepancyExists(db, id)) {
    throw new AppError('NOT_FOUND', `There is no discrepancy ${id} to link to. Run the analysis again, or choose another discrepancy.`);
  }
}

export function findAnnotation(db: Db, id: number): Annotation {
  const found = getAnnotation(db, id);
  if (!found) throw new AppError('NOT_FOUND', `Annotation ${id} is not in this project (it may have been deleted).`);
  return found;
}

export { listAnnotations };

export function createAnnotation(db: Db, input: CreateAnnotationInput, now = new Date().toISOString()): Annotation {
  const text = sourceText(db, input.sourceId);
  if (input.end > text.length || input.start >= input.end) {
    throw new AppError('INVALID_INPUT', `The passage ${input.start}–${input.end} is outside source ${input.sourceId}'s text (${text.length} characters). Select the text again.`);
  }
  const anchor = describeAnchor(text, input.start, input.end);
  if (input.quote !== undefined && input.quote !== anchor.quote) {
    throw new AppError('CONFLICT', 'The source’s text has changed since the passage was selected. Select it again.');
  }
  if (anchor.quote.trim() === '') throw new AppError('INVALID_INPUT', 'Select some words to annotate, not only spaces.');
  assertDiscrepancy(db, input.discrepancyId);
  const id = db.transaction(() => {
    const created = insertAnnotation(db, { sourceId: input.sourceId, kind: input.kind, comment: input.comment, anchor, discrepancyId: input.discrepancyId ?? null }, now);
    logActivity(db, 'annotation.created', String(created), { sourceId: input.sourceId, kind: input.kind }, now);
    return created;
  })();
  return findAnnotation(db, id);
}

export function editAnnotation(db: Db, id: number, patch: AnnotationPatch, now = new Date().toISOString()): Annotation {
  findAnnotation(db, id);
  assertDiscrepancy(db, patch.discrepancyId);
  db.transaction(() => {
    updateAnnotation(db, id, patch, now);
    logActivity(db, 'annotation.edited', String(id), { fields: Object.keys(patch) }, now);
  })();
  return findAnnotation(db, id);
}

/** Deletes an annotation and returns it as it was, so the desk can undo by creating it again. */
export function removeAnnotation(db: Db, id: number, now = new Date().toISOString()): Annotation {
  const annotation = findAnnotation(db, id);
  db.transaction(() => {
    deleteAnnotation(db, id);
    logActivity(db, 'annotation.deleted', String(id), { sourceId: annotation.sourceId }, now);
  })();
  return annotation;
}

/**
 * Re-places every annotation of a source in its new cleaned text. Call inside the transaction that
 * changed the text. Orphaned ones keep their last anchor and may come back when the text does.
 */
export function reanchorSource(db: Db, sourceId: number, text: string): { anchored: number; orphaned: number } {
  let anchored = 0;
  let orphaned = 0;
  for (const annotation of listAnnotations(db, sourceId)) {
    const placed = reanchor(text, annotation.anchor);
    setAnchor(db, annotation.id, placed);
    if (placed) anchored++;
    else orphaned++;
  }
  return { anchored, orphaned };
}

/** A discrepancy the analysis did not find, made by the editor from an annotation; it is linked to the annotation. */
export function createManualDiscrepancy(db: Db, input: { annotationId: number; kind: DiscrepancyKind; summary?: string | null }, now = new Date().toISOString()): Discrepancy {
  const annotation = findAnnotation(db, input.annotationId);
  if (annotation.state === 'source-removed') throw new AppError('CONFLICT', 'This annotation’s source was removed, so no discrepancy can be made from it.');
  const summary = input.summary?.trim() || annotation.comment.trim() || `“${annotation.anchor.quote.slice(0, 80)}”`;
  const id = db.transaction(() => {
    const n = insertManualDiscrepancy(db, { annotationId: annotation.id, kind: input.kind, summary, sourceId: annotation.sourceId, quote: annotation.anchor.quote, createdAt: now });
    updateAnnotation(db, annotation.id, { discrepancyId: `${MANUAL_PREFIX}${n}` }, now);
    logActivity(db, 'discrepancy.created', `${MANUAL_PREFIX}${n}`, { annotationId: annotation.id, kind: input.kind }, now);
    return `${MANUAL_PREFIX}${n}`;
  })();
  return manualDiscrepancies(db).find((d) => d.id === id)!;
}

/** The editor's own discrepancies, shaped like the analysis' ones, with decisions applied. */
export function manualDiscrepancies(db: Db): Discrepancy[] {
  return listManualDiscrepancies(db).map((row) => {
    const id = `${MANUAL_PREFIX}${row.id}`;
    const annotation = row.annotationId === null ? undefined : getAnnotation(db, row.annotationId);
    const placed = annotation?.state === 'anchored' ? annotation.anchor : null;
    const decision = getDecision(db, id) ?? null;
    return {
      id,
      kind: row.kind,
      status: decision?.status ?? 'open',
      summary: row.summary,
      suggested: null,
      confidence: 1,
      reasons: ['Flagged by the editor from an annotation.'],
      variants: [
        {
          text: row.quote,
          sourceIds: [row.sourceId],
          excerpts: placed ? [{ sourceId: row.sourceId, start: placed.start, end: placed.end, quote: placed.quote }] : [],
        },
      ],
      decision,
    };
  });
}
