/**
 * The noun a figure counts ("212 passengers" → "passenger"). Deciding whether the next word is a
 * noun needs part-of-speech tags, so the sentence's shared wink-nlp parse is read, but only when a
 * sentence actually has a bare figure to label.
 */
import { parseSentence } from '../nlp/shared';
import { IRREGULAR_LEMMAS } from './valuesLexicon';

export interface CountedNoun {
  /** Singular lemma, lower case ("crew member", "person"). */
  lemma: string;
  /** The noun was written in the plural ("passengers"), i.e. it counts more than one. */
  plural: boolean;
}

/** Words that are never the counted noun: skipping them spares tagging most sentences. */
const NOT_NOUNS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'more', 'less', 'than',
  'times', 'other', 'that', 'this', 'which', 'who', 'will', 'would', 'could', 'can', 'may', 'not',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'after',
  'before', 'into', 'over', 'under', 'about', 'up', 'down', 'out', 'per', 'each', 'all',
]);
const WORD_AT = /\p{L}+/uy;

interface Tagged {
  byStart: Map<number, number>;
  starts: number[];
  ends: number[];
  pos: string[];
  lemma: string[];
  value: string[];
}

export class NounFinder {
  private tagged: Tagged | null = null;

  constructor(private readonly sentence: string) {}

  /** The noun (or two-noun compound) starting exactly at `offset`, if the tagger says it is one. */
  nounAt(offset: number): CountedNoun | null {
    WORD_AT.lastIndex = offset;
    const word = WORD_AT.exec(this.sentence)?.[0];
    if (!word || NOT_NOUNS.has(word.toLowerCase())) return null;
    const t = this.tag();
    const i = t.byStart.get(offset);
    if (i === undefined || t.pos[i] !== 'NOUN') return null;
    let last = i;
    // "14 crew members": a following noun separated by one space makes a compound.
    const next = i + 1;
    if (t.pos[next] === 'NOUN' && (t.starts[next] ?? -1) === (t.ends[i] ?? -2) + 1) last = next;
    const surface = (t.value[last] ?? '').toLowerCase();
    const lemma = IRREGULAR_LEMMAS.get(surface) ?? (t.lemma[last] ?? surface).toLowerCase();
    const head = last === i ? '' : `${(t.value[i] ?? '').toLowerCase()} `;
    return { lemma: head + lemma, plural: lemma !== surface };
  }

  private tag(): Tagged {
    if (this.tagged) return this.tagged;
    // The pipeline's one cached parse of the sentence (nlp/shared.ts), shared with other stages.
    const tokens = parseSentence(this.sentence);
    const byStart = new Map<number, number>();
    tokens.forEach((t, i) => {
      if (t.start >= 0) byStart.set(t.start, i);
    });
    this.tagged = {
      byStart,
      starts: tokens.map((t) => t.start),
      ends: tokens.map((t) => t.end),
      pos: tokens.map((t) => t.pos),
      lemma: tokens.map((t) => t.lemma),
      value: tokens.map((t) => t.value),
    };
    return this.tagged;
  }
}
