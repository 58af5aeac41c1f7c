/**
 * Titles and roles around a person's name. Three shapes occur in news copy:
 *   inside a capitalised run   "Norwegian President Lena Ostrova", "US Secretary of State Ana Holm"
 *   lower-case before the name "harbour master Ilse Marten", "the deputy transport minister, Ilse Marten"
 *   an appositive after it     "Ilse Marten, the harbour master," / "Ilse Marten, Norway's envoy,"
 * Stale or conflicting titles are a discrepancy the pipeline flags, so the role text is kept
 * close to what the sentence says; normalising it is the comparer's job.
 */
import type { Token } from './nlp';
import type { Run } from './runs';
import { adjacent, isHonorific, isOrgHead, isTitleWord } from './runs';
import { DEMONYMS, PLACE_NAMES, ROLE_MODIFIERS, TITLE_DOMAINS, TITLE_WORDS, ORG_HEADS, lower } from './lexicon';

/** Token ranges [from, to) of the title and of the name within one run. */
export interface RunSplit {
  role: Run | null;
  name: Run;
  /** "Mr.", "Dr." and the like stood before the name: a person, though not a role. */
  honorific: boolean;
  /** The run is a title with no name after it ("Transport Minister"); it may title the next name. */
  titleOnly: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', '-', '&']);

/** Could this word stand in a title before its head word ("Chinese Foreign", "Deputy Prime")? */
function roleish(t: Token): boolean {
  const w = lower(t.text);
  return (
    TITLE_WORDS.has(w) || TITLE_DOMAINS.has(w) || DEMONYMS.has(w) || PLACE_NAMES.has(w) ||
    ORG_HEADS.has(w) || CONNECTORS.has(w)
  );
}

/**
 * From a title word at k, the end of the title phrase: "Secretary of State", "Ambassador to
 * Norway", "Minister of Foreign Affairs". After a connector we take one word whatever it is
 * (the subject of the post), then only subject-area words, so the person's name is not swallowed.
 */
function absorbTitle(tokens: Token[], k: number, to: number): number {
  let e = k + 1;
  while (e < to) {
    const t = tokens[e];
    if (t === undefined) break;
    const w = lower(t.text);
    if (w === 'of' || w === 'for' || w === 'to') {
      e++;
      if (e < to && lower(tokens[e]?.text ?? '') === 'the') e++;
      if (e < to) e++;
      continue;
    }
    if (w === 'and' || (e > k + 1 && (TITLE_DOMAINS.has(w) || isOrgHead(t)))) {
      e++;
      continue;
    }
    if (w === '-' && e + 1 < to && isTitleWord(tokens[e + 1] as Token)) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

export function splitRun(tokens: Token[], run: Run): RunSplit {
  let from = run.from;
  let honorific = false;
  while (from < run.to && isHonorific(tokens[from] as Token)) {
    from++;
    honorific = true;
  }
  // The last title word wins ("Chinese Foreign Ministry Spokesperson Pia Lund"); an earlier
  // one is tried when the last ends the run and cannot be a title ("Captain Ilse King").
  for (let k = run.to - 1; k >= from; k--) {
    if (!isTitleWord(tokens[k] as Token)) continue;
    const e = absorbTitle(tokens, k, run.to);
    if (e < run.to) return { role: { from, to: e }, name: { from: e, to: run.to }, honorific, titleOnly: false };
    const prefix = tokens.slice(from, k);
    if (prefix.every(roleish)) return { role: { from, to: run.to }, name: { from: run.to, to: run.to }, honorific, titleOnly: true };
  }
  return { role: null, name: { from, to: run.to }, honorific, titleOnly: false };
}

/** Extend a title inside a run leftwards over "former", "deputy", "acting"… */
export function extendRoleLeft(sentence: string, tokens: Token[], from: number): number {
  let i = from;
  while (i > 0) {
    const t = tokens[i - 1] as Token;
    const w = lower(t.text);
    if (!(ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w)) || !adjacent(sentence, tokens, i - 1, i)) break;
    i--;
  }
  return i;
}

const MOD_POS = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * A lower-case title right before a name: "harbour master Ilse Marten", "the deputy transport
 * minister, Ilse Marten". Walks back over nouns and adjectives from a title word; stops at an
 * article, a verb, a possessive or punctuation so that "the ministry's spokesman" gives "spokesman".
 */
export function roleBefore(sentence: string, tokens: Token[], nameFrom: number): Run | null {
  let end = nameFrom - 1;
  const beforeComma = tokens[end - 1];
  if (tokens[end]?.text === ',' && beforeComma !== undefined && isTitleWord(beforeComma)) end--;
  const head = tokens[end];
  // "will head El Ojo": a title word used as a verb titles nobody.
  if (head === undefined || !isTitleWord(head) || head.pos === 'VERB' || head.pos === 'AUX') return null;
  if (end === nameFrom - 1 && !adjacent(sentence, tokens, end, nameFrom)) return null;
  let from = end;
  while (from > 0 && end - from < 5) {
    const t = tokens[from - 1] as Token;
    if (!(isTitleWord(t) || MOD_POS.has(t.pos)) || !adjacent(sentence, tokens, from - 1, from)) break;
    from--;
  }
  return { from, to: end + 1 };
}

const APPOSITIVE_END = new Set([',', ';', '.', '!', '?', ')', '—', '–']);
const APPOSITIVE_BANNED_POS = new Set(['VERB', 'AUX', 'PRON', 'SCONJ', 'NUM']);

/**
 * An appositive after a name: ", the harbour master," / ", Norway's envoy to Chile,". The phrase
 * must hold a title word, no verb, and end at punctuation or the end of the sentence; `isNamed`
 * rejects phrases that are themselves "title + another person" (a list, not an appositive).
 */
export function roleAfter(tokens: Token[], nameTo: number, isNamed: (tokenIndex: number) => boolean): Run | null {
  if (tokens[nameTo]?.text !== ',') return null;
  let from = nameTo + 1;
  const first = tokens[from];
  if (first !== undefined && first.pos === 'DET' && ['the', 'a', 'an'].includes(lower(first.text))) from++;
  let to = from;
  let hasTitle = false;
  while (to < tokens.length && to - from <= 10) {
    const t = tokens[to] as Token;
    if (APPOSITIVE_END.has(t.text)) break;
    if (APPOSITIVE_BANNED_POS.has(t.pos) || /^["“”«»„]$/.test(t.text) || isNamed(to)) return null;
    if (isTitleWord(t)) hasTitle = true;
    to++;
  }
  if (!hasTitle || to === from || to - from > 10) return null;
  return { from, to };
}
