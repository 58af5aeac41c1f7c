/**
 * Weighted feature vectors of sentences, the common ground of candidate search and scoring.
 *
 * Features: content terms ("t:"), names ("n:"), and the KIND of each figure ("k:duration",
 * "k:number"). A figure's exact value ("x:duration:35") is kept apart: it never enters the vector
 * norm, it only adds a bonus when two sentences share it. That is the deliberate choice for
 * numbers: "the meeting lasted 35 minutes" and "the talks went on for five hours" are the same
 * claim with a conflicting figure, which is exactly what the compare step must see side by side,
 * so a different value of the same kind must not push the two apart; an equal value is a little
 * extra evidence. Numbers and time units that reach us as terms (when no extractor filled
 * `values`) are treated the same way.
 */
import type { AlignableSentence } from '../types';

/** Terms that count time; folded to one kind so "35 minutes" and "five hours" meet. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
const NUMERIC = /^[\d][\d.,/]*$/;

/**
 * IDF smoothing: as if the input held this many extra sentences with none of the features.
 * Without it, a two-sentence input would weigh every shared term below every unshared one.
 */
const IDF_PRIOR_DOCS = 20;
const NAME_WEIGHT = 1.5;
const KIND_WEIGHT = 0.5;
/**
 * Padding of every norm, in units of the mean squared feature weight: as if each sentence also
 * held this many features nobody shares. It damps the cosine of very short sentences, so that
 * two fragments sharing one rare word ("media") do not look like the same claim, while long
 * sentences are hardly affected.
 */
const SHORT_PAD = 1;

export interface Vectors {
  count: number;
  /** Source of each sentence. */
  source: Int32Array;
  /** Sorted vector feature ids of each sentence. */
  feats: Int32Array[];
  /** Sorted exact-value feature ids of each sentence. */
  exact: Int32Array[];
  /** Euclidean norm of each sentence's vector, padded by SHORT_PAD (see there). */
  norm: Float64Array;
  /** Euclidean norm without padding: for telling repeats of one source apart from mere likeness. */
  rawNorm: Float64Array;
  /** Weight of each feature id (0 for exact-value features, which only give bonuses). */
  weight: Float64Array;
  /** Number of sentences holding each feature. */
  df: Int32Array;
  /** Whether a feature id may serve as a key in the candidate index (kinds may not: too generic). */
  keyable: Uint8Array;
}

function sentenceFeatures(s: AlignableSentence): { vec: string[]; exact: string[] } {
  const vec = new Set<string>();
  const exact = new Set<string>();
  for (const raw of s.terms) {
    const term = raw.toLowerCase();
    if (NUMERIC.test(term)) {
      vec.add('k:number');
      exact.add(`x:number:${term.replace(/,/g, '')}`);
    } else if (TIME_UNITS.has(term)) {
      vec.add('k:time');
    } else if (term !== '') {
      vec.add(`t:${term}`);
    }
  }
  for (const name of s.names) vec.add(`n:${name.toLowerCase()}`);
  for (const value of s.values) {
    const colon = value.indexOf(':');
    vec.add(`k:${colon > 0 ? value.slice(0, colon) : value}`);
    exact.add(`x:${value}`);
  }
  return { vec: [...vec], exact: [...exact] };
}

export function buildVectors(sentences: readonly AlignableSentence[]): Vectors {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const intern = (f: string): number => {
    let id = ids.get(f);
    if (id === undefined) {
      id = names.length;
      ids.set(f, id);
      names.push(f);
    }
    return id;
  };
  const count = sentences.length;
  const source = new Int32Array(count);
  const feats: Int32Array[] = [];
  const exact: Int32Array[] = [];
  sentences.forEach((s, i) => {
    source[i] = s.sourceId;
    const f = sentenceFeatures(s);
    feats.push(Int32Array.from(f.vec.map(intern)).sort());
    exact.push(Int32Array.from(f.exact.map(intern)).sort());
  });
  const df = new Int32Array(names.length);
  for (const list of [...feats, ...exact]) for (const id of list) df[id] = (df[id] ?? 0) + 1;
  const weight = new Float64Array(names.length);
  const keyable = new Uint8Array(names.length);
  names.forEach((name, id) => {
    const prefix = name.slice(0, 2);
    const idf = Math.log((count + IDF_PRIOR_DOCS) / ((df[id] ?? 0) + 0.5));
    if (prefix === 'x:') weight[id] = 0;
    else weight[id] = idf * (prefix === 'n:' ? NAME_WEIGHT : prefix === 'k:' ? KIND_WEIGHT : 1);
    keyable[id] = prefix === 'k:' ? 0 : 1;
  });
  let totalSq = 0;
  let totalFeats = 0;
  for (const list of feats) {
    for (const id of list) totalSq += (weight[id] ?? 0) ** 2;
    totalFeats += list.length;
  }
  const pad = totalFeats === 0 ? 0 : (SHORT_PAD * totalSq) / totalFeats;
  const norm = new Float64Array(count);
  const rawNorm = new Float64Array(count);
  feats.forEach((list, i) => {
    let sq = 0;
    for (const id of list) sq += (weight[id] ?? 0) ** 2;
    norm[i] = list.length === 0 ? 0 : Math.sqrt(sq + pad);
    rawNorm[i] = Math.sqrt(sq);
  });
  return { count, source, feats, exact, norm, rawNorm, weight, df, keyable };
}
