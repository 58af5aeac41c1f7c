/** The editor's annotations on a source's cleaned text. JSON only. */
import type { DiscrepancyKind } from './analysis';

export const ANNOTATION_KINDS = ['error', 'discrepancy', 'note', 'verified'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/**
 * Where an annotation stands in its source's current cleaned text:
 * 'anchored' (start/end point at the quote), 'orphaned' (the text changed and the quote could not
 * be placed with confidence: kept, listed, never moved to a look-alike), 'source-removed' (its
 * source was removed from the project: kept).
 */
export type AnnotationState = 'anchored' | 'orphaned' | 'source-removed';

/** W3C TextQuoteSelector + TextPositionSelector, over the source's cleaned text. */
export interface TextAnchor {
  quote: string;
  /** Up to ANCHOR_CONTEXT characters before the quote. */
  prefix: string;
  /** Up to ANCHOR_CONTEXT characters after the quote. */
  suffix: string;
  /** Offsets into the cleaned text (the last place the quote was found, when orphaned). */
  start: number;
  end: number;
}

export const ANCHOR_CONTEXT = 32;

export interface Annotation {
  id: number;
  sourceId: number;
  /** The source's title when it was removed (state 'source-removed'), else null. */
  removedSourceTitle: string | null;
  kind: AnnotationKind;
  comment: string;
  anchor: TextAnchor;
  state: AnnotationState;
  /** A discrepancy this annotation is linked to (a stable id, possibly `manual-<n>`). */
  discrepancyId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Kinds an editor may give a discrepancy made by hand from an annotation. */
export const MANUAL_DISCREPANCY_KINDS = ['name', 'number', 'duration', 'date', 'time', 'role', 'quote', 'attribution', 'single-source'] as const satisfies readonly DiscrepancyKind[];

export const ANNOTATION_KIND_LABEL: Record<AnnotationKind, string> = {
  error: 'Error',
  discrepancy: 'Discrepancy',
  note: 'Note',
  verified: 'Verified',
};
