/**
 * The one wink-nlp instance of the analysis pipeline. Loading the English model takes a noticeable
 * moment and a few megabytes, so it is created on first use and then shared by every module
 * (segmentation, value extraction, entities…) instead of each building its own.
 */
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/** The shared wink-nlp instance with the English lite model and its full default pipeline. */
export function getNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
