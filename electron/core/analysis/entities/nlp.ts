/**
 * Entities use the pipeline's shared wink-nlp instance and its cached parse of each sentence
 * (nlp/shared.ts), so a sentence is tagged once for every stage. The lite English model has no
 * person/organisation NER; we only use its tokeniser and POS tags.
 */
import type { WinkMethods } from 'wink-nlp';
import { getSharedNlp, parseSentence } from '../nlp/shared';

export function getNlp(): WinkMethods {
  return getSharedNlp();
}

/** A token of a sentence with exact offsets into that sentence and its universal POS tag. */
export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** Split off a glued word ("GangAfterwards"): scraped text lost a space, usually a sentence break. */
  glued?: boolean;
}

/**
 * "GangAfterwards", "thatIt": a lower-case letter followed by a capital inside a word is where
 * a scraper dropped a space. Prefixes that really are written that way (McDonald, DeSantis,
 * MacArthur) are left alone.
 */
function splitGlued(t: Token): Token[] {
  const m = /^(\p{L}*\p{Ll})(\p{Lu}\p{Ll}+)$/u.exec(t.text);
  if (m === null || /^(Mc|Mac|De|Di|Da|La|Le|Van|Von|O)$/.test(m[1] ?? '') || (m[1] ?? '').length < 3) return [t];
  const cut = t.start + (m[1] ?? '').length;
  return [
    { text: m[1] ?? '', start: t.start, end: cut, pos: t.pos },
    // The tagger saw one word; the second half gets no tag rather than a wrong one.
    { text: m[2] ?? '', start: cut, end: t.end, pos: 'X', glued: true },
  ];
}

/**
 * Tokenise and tag a sentence. wink-nlp does not report offsets, so each token is located in
 * the original string from a moving cursor; a token that cannot be found verbatim (wink may
 * normalise odd characters) is dropped rather than given a wrong offset.
 */
export function tagTokens(sentence: string): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  parseSentence(sentence).forEach(({ value, pos }) => {
    if (value.length === 0) return;
    const at = sentence.indexOf(value, cursor);
    // Refuse to jump over text: a far match means wink changed this token, not that it skipped text.
    if (at < 0 || (at - cursor > 16 && sentence.slice(cursor, at).trim() !== '')) return;
    out.push(...splitGlued({ text: value, start: at, end: at + value.length, pos: pos === '' ? 'X' : pos }));
    cursor = at + value.length;
  });
  return out;
}

const inflectedCache = new Map<string, boolean>();

/**
 * Is the word, lower-cased, a common word: inflected ("Officials" → official) or not a noun
 * ("Fine", "Great")? Used for capitalised words at the start of a sentence, where the tagger calls
 * nearly everything a proper noun. Names are not in the lemmatiser's lexicon, so they come back
 * unchanged.
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLocaleLowerCase('en');
  const cached = inflectedCache.get(w);
  if (cached !== undefined) return cached;
  const tokens = parseSentence(w);
  // Unknown words (names) come back as nouns; "fine", "great", "still" do not.
  const result = tokens.length === 1 && (tokens[0]?.lemma !== w || !['NOUN', 'PROPN'].includes(tokens[0]?.pos ?? ''));
  // Bounded: the cache is only an optimisation, and runs may see a great deal of text.
  if (inflectedCache.size > 5000) inflectedCache.clear();
  inflectedCache.set(w, result);
  return result;
}
