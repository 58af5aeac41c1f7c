/**
 * Candidate name runs: maximal sequences of capitalised tokens, joined by the few lower-case
 * words that occur inside names ("Ministry of Foreign Affairs", "Ana van Dijk",
 * "Ambassador to Norway"). Deciding what a run is (person, organisation, place, title) is left
 * to mentions.ts; this file only answers "which tokens belong together".
 */
import type { Token } from './nlp';
import { isCommonWord } from './nlp';
import {
  DEMONYMS, HONORIFICS, NAME_PARTICLES, NEVER_NAMES, ORG_HEADS, PLACE_HEADS, PLACE_NAMES, TITLE_WORDS, lower,
} from './lexicon';

/** Token index range [from, to) of one run. */
export interface Run {
  from: number;
  to: number;
}

/** POS tags of words that are never part of a name however they are capitalised. */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);
/** Tokens after which the next word is capitalised for grammar, not because it is a name. */
const OPENERS = new Set(['“', '"', '«', '„', '‘', ':', '(', '[', '—', '–', '.', '!', '?', '•', '-', '|']);

export const bare = (t: Token): string => lower(t.text).replace(/\.$/, '');

export const isTitleWord = (t: Token): boolean => TITLE_WORDS.has(lower(t.text));
export const isHonorific = (t: Token): boolean => HONORIFICS.has(lower(t.text));
export const isOrgHead = (t: Token): boolean => ORG_HEADS.has(lower(t.text)) || ORG_HEADS.has(bare(t));
export const isPlaceHead = (t: Token): boolean => PLACE_HEADS.has(lower(t.text));
export const isAcronym = (t: Token): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(t.text);

/** Does the token look like part of a name, ignoring where it stands? */
export function isCapWord(t: Token): boolean {
  if (!/^\p{Lu}/u.test(t.text) || /\d/.test(t.text)) return false;
  const w = lower(t.text);
  // Lexicon words are judged by the lexicon, not by a tagger that may call "US" a pronoun.
  if (TITLE_WORDS.has(w) || HONORIFICS.has(w) || PLACE_NAMES.has(w) || DEMONYMS.has(w)) return true;
  if (NEVER_NAMES.has(w) || NEVER_NAMES.has(bare(t))) return false;
  return !FUNCTION_POS.has(t.pos);
}

function atClauseStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || OPENERS.has(prev.text) || tokens[i]?.glued === true;
}

/**
 * A capitalised word at the start of a sentence (or quotation) is taken as a name only with
 * some evidence: the tagger calls it a proper noun, it is a lexicon word, another name word
 * follows it, or it recurs in the sentence ("Feldane met…", "Transport Minister…").
 */
function startsName(sentence: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !isCapWord(t)) return false;
  if (!atClauseStart(tokens, i)) return true;
  const w = lower(t.text);
  if (isAcronym(t) || TITLE_WORDS.has(w) || HONORIFICS.has(w) || PLACE_NAMES.has(w) || DEMONYMS.has(w) || isOrgHead(t)) return true;
  const next = tokens[i + 1];
  if (next !== undefined && isCapWord(next) && adjacent(sentence, tokens, i, i + 1)) return true;
  if (tokens.some((o, j) => j > i + 1 && o.text === t.text)) return true;
  // "Officials said…": the tagger says PROPN, but the lower-case word is a plural noun.
  return t.pos === 'PROPN' && !isCommonWord(t.text);
}

/** Only whitespace (no blank line) between two tokens: a name does not span punctuation. */
export function adjacent(sentence: string, tokens: Token[], a: number, b: number): boolean {
  const ta = tokens[a];
  const tb = tokens[b];
  if (ta === undefined || tb === undefined) return false;
  const gap = sentence.slice(ta.end, tb.start);
  return /^\s+$/u.test(gap) && !/\n\s*\n/.test(gap);
}

/** May a lower-case word (or hyphen) join the run so far to the capitalised token after it? */
function joins(sentence: string, tokens: Token[], from: number, j: number): number {
  const c = tokens[j];
  const next = tokens[j + 1];
  if (c === undefined || next === undefined) return 0;
  const w = lower(c.text);
  const run = tokens.slice(from, j);
  const last = run[run.length - 1];
  if (last === undefined) return 0;
  const hasHead = run.some((t) => isTitleWord(t) || isOrgHead(t) || isPlaceHead(t));
  // "Jean-Luc", "Secretary-General": a hyphen with no spaces, unless it joins two countries ("US-China").
  if (c.text === '-' && last.end === c.start && c.end === next.start && isCapWord(next)) {
    const geo = (t: Token) => PLACE_NAMES.has(lower(t.text)) || DEMONYMS.has(lower(t.text));
    return geo(last) || geo(next) ? 0 : 1;
  }
  if (!adjacent(sentence, tokens, j - 1, j) || !adjacent(sentence, tokens, j, j + 1)) return 0;
  if (NAME_PARTICLES.has(w) && isCapWord(next) && c.text === w) return 1;
  if (w === 'of' || ((w === 'for' || w === 'to') && (isTitleWord(last) || isOrgHead(last)))) {
    if (!hasHead) return 0;
    if (isCapWord(next)) return 1;
    const after = tokens[j + 2];
    // "of the Fishers", "Minister for the Environment"
    if (lower(next.text) === 'the' && after !== undefined && isCapWord(after) && adjacent(sentence, tokens, j + 1, j + 2)) return 2;
    return 0;
  }
  // "Center for Trade and Development": "and" only inside an organisation's "of/for" phrase.
  if ((w === 'and' || w === '&') && isCapWord(next)) {
    const inOrg = run.some(isOrgHead) && run.some((t) => ['of', 'for'].includes(lower(t.text)));
    return inOrg || w === '&' ? 1 : 0;
  }
  return 0;
}

export function findRuns(sentence: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(sentence, tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (t === undefined) break;
      if (isCapWord(t) && adjacent(sentence, tokens, j - 1, j)) {
        j++;
        continue;
      }
      const skip = joins(sentence, tokens, i, j);
      if (skip === 0) break;
      j += skip + 1;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
