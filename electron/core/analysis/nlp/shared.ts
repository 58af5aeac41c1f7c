/**
 * The one wink-nlp instance of the analysis pipeline and the one parse of each sentence.
 *
 * Loading the English model costs tens of milliseconds and a few megabytes, and tagging a
 * sentence is the dearest step of the analysis, so the model is loaded once, on first use, and
 * every stage (segmentation, values, entities, alignment terms) reads the same cached parse of a
 * sentence instead of tagging it again. Segmentation already parses whole texts and hands the
 * tokens of each sentence it finds to the cache (primeParse), so most sentences are tagged once.
 */
import winkNLP from 'wink-nlp';
import type { Document, ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenOffsets } from '../segment/tokenOffsets';

let instance: WinkMethods | null = null;

/**
 * The shared wink-nlp instance with the English lite model. Its pipeline is sentence boundaries
 * and POS tags only: NER, negation and sentiment cost about as much again and nothing here reads
 * them. Sentence boundaries come first in wink's pipeline, and the others leave tokens, tags,
 * lemmas, stopword flags and token types as they are, so dropping them changes no output.
 */
export function getSharedNlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/** One wink token of a sentence. */
export interface ParsedToken {
  /** The token as wink reports it (normally a verbatim slice of the sentence). */
  readonly value: string;
  /** Offsets into the sentence (segment/tokenOffsets.ts); -1/-1 when it could not be located. */
  readonly start: number;
  readonly end: number;
  /** Universal POS tag. */
  readonly pos: string;
  readonly lemma: string;
  readonly stop: boolean;
  /** wink's token type: word, number, punctuation… */
  readonly type: string;
}

/** Whole-column reads of a parsed document: one pass per property. */
export interface DocColumns {
  values: string[];
  pos: string[];
  lemmas: string[];
  stops: boolean[];
  types: string[];
  starts: Int32Array;
  ends: Int32Array;
}

export function docColumns(nlp: WinkMethods, doc: Document, text: string): DocColumns {
  const its = nlp.its;
  const tokens = doc.tokens();
  const { starts, ends } = tokenOffsets(nlp, doc, text);
  return {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    // wink's typings declare its.lemma with an argument order its own out() does not accept.
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
    stops: tokens.out(its.stopWordFlag) as unknown as boolean[],
    types: tokens.out(its.type) as string[],
    starts,
    ends,
  };
}

/** Tokens `first`..`last` of `cols`, with offsets shifted by `-shift`. */
export function tokensOf(cols: DocColumns, first: number, last: number, shift: number): ParsedToken[] {
  const out: ParsedToken[] = [];
  for (let i = first; i <= last; i++) {
    const value = cols.values[i] ?? '';
    const start = cols.starts[i] ?? -1;
    const end = cols.ends[i] ?? -1;
    out.push({
      value,
      start: start < 0 ? -1 : start - shift,
      end: end < 0 ? -1 : end - shift,
      pos: String(cols.pos[i] ?? ''),
      lemma: String(cols.lemmas[i] ?? value),
      stop: Boolean(cols.stops[i]),
      type: String(cols.types[i] ?? ''),
    });
  }
  return out;
}

/** Bounded: runs may see a great deal of text; the cache is only an optimisation. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, readonly ParsedToken[]>();

function remember(sentence: string, tokens: readonly ParsedToken[]): void {
  if (cache.size >= CACHE_LIMIT) {
    // Least recently used first: hits are moved to the end of the Map's order.
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(sentence, tokens);
}

/**
 * The tokens of `sentence`, tagged once and then served from the cache. The returned array is
 * shared: callers must not modify it or its tokens.
 */
export function parseSentence(sentence: string): readonly ParsedToken[] {
  const hit = cache.get(sentence);
  if (hit !== undefined) {
    cache.delete(sentence);
    cache.set(sentence, hit);
    return hit;
  }
  const nlp = getSharedNlp();
  const cols = docColumns(nlp, nlp.readDoc(sentence), sentence);
  const tokens = Object.freeze(tokensOf(cols, 0, cols.values.length - 1, 0));
  remember(sentence, tokens);
  return tokens;
}

/** Hands a parse made elsewhere (a sentence of a whole-text parse) to the cache. */
export function primeParse(sentence: string, tokens: readonly ParsedToken[]): void {
  if (!cache.has(sentence)) remember(sentence, Object.freeze(tokens));
}

/** Empties the sentence cache (analyzeSources does so per run, to bound memory). */
export function clearParseCache(): void {
  cache.clear();
}
