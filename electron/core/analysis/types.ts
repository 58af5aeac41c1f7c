/**
 * The shapes of the analysis pipeline (design.md, Analysis pipeline): pure data, JSON-safe.
 * Offsets are UTF-16 code unit offsets, like String.prototype.slice.
 */

/** A sentence of a source's cleaned text. `start`/`end` are offsets into that cleaned text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence lies in. */
  paragraph: number;
}

export type ValueKind = 'number' | 'duration' | 'date' | 'weekday' | 'time' | 'money' | 'percent';

/** A quantity, time or date stated in a sentence, normalised so that equal facts compare equal. */
export interface ExtractedValue {
  kind: ValueKind;
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  text: string;
  /**
   * number: the number (e.g. 212, 5, 1.5); duration: minutes; money: amount in its currency's
   * units; percent: the percentage; date: 'YYYY-MM-DD' or '--MM-DD' when the year is unknown;
   * weekday: 'monday'…'sunday'; time: minutes after midnight.
   */
  value: number | string;
  /** money: ISO currency code when known ('USD', 'GBP', 'EUR', 'CNY'…). */
  unit?: string;
  /** "about", "almost", "more than", "nearly", "some" and the like. */
  approximate: boolean;
  /** What the figure counts when a noun follows it ("212 passengers" → "passenger"), else null. */
  counts: string | null;
}

export type MentionKind = 'person' | 'organisation' | 'place';

/** A name in a sentence: a person (with the title given to them there), an organisation or a place. */
export interface Mention {
  kind: MentionKind;
  /** Offsets relative to the sentence text, covering the name only (not the title). */
  start: number;
  end: number;
  text: string;
  /** The title or role the sentence gives a person ("Secretary of State", "deputy transport minister"), else null. */
  role: string | null;
}

/** A quotation in a sentence, with the person it is attributed to when the sentence says. */
export interface Quotation {
  start: number;
  end: number;
  /** The quoted words without the quotation marks. */
  text: string;
  speaker: string | null;
}

/** A sentence to align: which source it comes from, and features to compare it by. */
export interface AlignableSentence {
  sourceId: number;
  /** Position of the sentence in its source (0-based). */
  index: number;
  text: string;
  /** Normalised content terms (lemmas, synonyms folded), see align/terms.ts. */
  terms: string[];
  /** Canonical keys of the names the sentence mentions (after name-variant clustering). */
  names: string[];
  /** Normalised values ("duration:35", "number:212", "weekday:monday"). */
  values: string[];
}

/** A claim: sentences from different sources that report the same thing. */
export interface AlignedClaim {
  /** Members, at most one per source unless a source repeats itself. */
  members: Array<{ sourceId: number; index: number }>;
  /** How sure the aligner is that the members say the same thing (0–1). */
  cohesion: number;
}
