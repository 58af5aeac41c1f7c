/**
 * Content terms of a sentence for alignment: lower-case lemmas of nouns, verbs, adjectives,
 * adverbs and numbers, stopwords and punctuation dropped, paraphrases folded to one key
 * (synonyms.ts), spelled-out numbers turned into digits ("five" and "5" are one term).
 * Terms are returned once each, in order of first occurrence: the aligner compares sets.
 */
import { parseSentence } from '../nlp/shared';
import { SYNONYMS } from './synonyms';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** Token types that can carry content; punctuation, symbols, emoji, URLs and the like cannot. */
const CONTENT_TYPES = new Set(['word', 'number', 'ordinal', 'alpha-numeric', 'decade', 'time']);

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14',
  fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20',
  thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
};

interface Token {
  surface: string;
  lemma: string;
  pos: string;
  stop: boolean;
  type: string;
}

/** British spellings fold to American ones, so "stabilise" and "stabilize" meet. */
function americanize(word: string): string {
  return word.replace(/^([a-z]{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2');
}

function fold(lemma: string, pos: string): string {
  const normal = americanize(lemma);
  const hit =
    SYNONYMS.single.get(`${normal}/${pos}`) ??
    SYNONYMS.single.get(normal) ??
    SYNONYMS.single.get(normal.replace(/\./g, ''));
  if (hit !== undefined) return hit;
  // Abbreviations: "u.k." and "uk" are one term.
  const bare = /^[a-z.]+$/.test(normal) ? normal.replace(/\./g, '') : normal;
  return NUMBER_WORDS[bare] ?? bare;
}

function readTokens(sentence: string): Token[] {
  // The pipeline's one cached parse of the sentence (nlp/shared.ts), shared with other stages.
  const apostrophes = (w: string): string => w.toLowerCase().replace(/[’‘]/g, "'");
  return parseSentence(sentence).map((t) => ({
    surface: apostrophes(t.value),
    lemma: apostrophes(t.lemma),
    pos: t.pos,
    stop: t.stop,
    type: t.type,
  }));
}

/** Length of the phrase starting at `at` that matches `words`, by surface or lemma, else 0. */
function phraseMatch(tokens: Token[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    if (t === undefined || (t.lemma !== words[k] && t.surface !== words[k])) return 0;
  }
  return words.length;
}

function isContent(t: Token): boolean {
  if (!CONTENT_TYPES.has(t.type) || !/[\p{L}\p{N}]/u.test(t.surface)) return false;
  if (t.pos === 'NUM' || t.type === 'number') return true; // "two", "five" are stopwords to wink, facts to us
  if (!CONTENT_POS.has(t.pos)) return false;
  // A word the synonym table folds ("top", "first") is content even where wink calls it a stopword.
  return !t.stop || SYNONYMS.single.has(t.lemma) || SYNONYMS.single.has(`${t.lemma}/${t.pos}`);
}

export function contentTerms(sentence: string): string[] {
  const tokens = readTokens(sentence);
  const seen = new Set<string>();
  const out: string[] = [];
  const emit = (term: string): void => {
    if (term === '' || seen.has(term)) return;
    seen.add(term);
    out.push(term);
  };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    // Phrases first ("go to" → visit), since their words are often stopwords on their own.
    const candidates = SYNONYMS.phrases.get(t.lemma) ?? SYNONYMS.phrases.get(t.surface) ?? [];
    let matched = 0;
    for (const p of candidates) {
      matched = phraseMatch(tokens, i, p.words);
      if (matched > 0) {
        emit(p.key);
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    if (isContent(t)) emit(fold(t.type === 'number' ? t.surface.replace(/,/g, '') : t.lemma, t.pos));
    i++;
  }
  return out;
}
