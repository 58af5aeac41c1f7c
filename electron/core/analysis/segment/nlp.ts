/**
 * The one wink-nlp instance of the analysis pipeline (nlp/shared.ts): created on first use and
 * shared by every module (segmentation, value extraction, entities, alignment).
 */
import type { WinkMethods } from 'wink-nlp';
import { getSharedNlp } from '../nlp/shared';

/** The shared wink-nlp instance (English lite model; sentence boundaries and POS tags). */
export function getNlp(): WinkMethods {
  return getSharedNlp();
}
