/**
 * The aligner's wink-nlp instance is the pipeline's shared one (nlp/shared.ts), created on first
 * use, not at import time (the analysis worker may never need it).
 */
import type { WinkMethods } from 'wink-nlp';
import { getSharedNlp } from '../nlp/shared';

export function nlp(): WinkMethods {
  return getSharedNlp();
}
