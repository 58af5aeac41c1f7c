/**
 * One lazily created wink-nlp instance for the aligner. Loading the model costs tens of
 * milliseconds and a few megabytes, so it happens on first use, not at import time (the
 * analysis worker may never need it).
 */
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
