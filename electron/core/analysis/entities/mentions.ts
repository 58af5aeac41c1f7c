/**
 * People, organisations and places named in one sentence, with the title a person is given
 * there. Rule-based on purpose: the lite wink model has no NER, and the desk needs behaviour an
 * editor can predict (and a test can pin) more than recall on unusual copy.
 */
import type { Mention, MentionKind } from '../types';
import type { Token } from './nlp';
import { tagTokens } from './nlp';
import type { Run } from './runs';
import { findRuns, isAcronym, isOrgHead, isPlaceHead } from './runs';
import type { RunSplit } from './roles';
import { extendRoleLeft, roleAfter, roleBefore, splitRun } from './roles';
import { DEMONYMS, PLACE_NAMES, PLACE_PREFIXES, TITLE_DOMAINS, lower } from './lexicon';

/** Prepositions after which an untitled name is a place ("in Kessel", "near Port Alva"). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'around', 'into', 'toward', 'towards', 'via', 'through', 'throughout', 'within']);
/** "from"/"to" name places too, but after these words they introduce a person ("according to Marten"). */
/** "from"/"to" name a place after words of travel ("flew to Oslo"); otherwise often a person ("an invitation from Holm"). */
const TRAVEL = new Set(['came', 'come', 'comes', 'arrived', 'arrive', 'arrives', 'flew', 'fly', 'flies', 'travelled', 'traveled', 'travel', 'returned', 'return', 'moved', 'went', 'go', 'goes', 'fled', 'sailed', 'sail', 'left', 'trip', 'flight', 'journey', 'route', 'ferry', 'road', 'way', 'back', 'home', 'headed', 'driven', 'drove', 'miles', 'kilometres', 'kilometers', 'km']);

interface Draft {
  split: RunSplit;
  kind: MentionKind | null;
  role: Run | null;
}

function kindOf(tokens: Token[], split: RunSplit, personEvidence: boolean): MentionKind | null {
  const name = tokens.slice(split.name.from, split.name.to);
  const last = name[name.length - 1];
  if (last === undefined) return null;
  const text = lower(name.map((t) => t.text).join(' '));
  if (PLACE_NAMES.has(text)) return 'place';
  if (name.every((t) => DEMONYMS.has(lower(t.text)) || t.text === '-')) return null;
  // An organisation head ends the name or opens its "of/for" phrase ("Ministry of Transport").
  const orgAt = name.findIndex((t, i) => isOrgHead(t) && (i === name.length - 1 || ['of', 'for', '&', 'and'].includes(lower(name[i + 1]?.text ?? ''))));
  if (orgAt >= 0) return 'organisation';
  if (personEvidence) return 'person';
  const placeAt = name.findIndex((t, i) => isPlaceHead(t) && (i === name.length - 1 || lower(name[i + 1]?.text ?? '') === 'of'));
  const prefixed = name.length > 1 && PLACE_PREFIXES.has(lower(name[0]?.text ?? ''));
  if (placeAt >= 0 || prefixed) return 'place';
  if (name.length === 1 && isAcronym(last)) return 'organisation';
  const prev = tokens[split.name.from - 1];
  const w = prev === undefined ? '' : lower(prev.text);
  if (PLACE_PREPS.has(w)) return 'place';
  if ((w === 'from' || w === 'to') && TRAVEL.has(lower(tokens[split.name.from - 2]?.text ?? ''))) return 'place';
  return 'person';
}

/**
 * A person's name does not begin with "State" or "Chinese": such words are the tail of a title
 * broken by a line end ("…Secretary\n of State Ana Holm") or an unlisted title. Move them out of
 * the name (into the role when the role ends right there).
 */
function stripLeadingRoleWords(tokens: Token[], split: RunSplit, role: Run | null): void {
  const name = split.name;
  const from = name.from;
  while (name.to - name.from > 1) {
    const w = lower(tokens[name.from]?.text ?? '');
    if (!(TITLE_DOMAINS.has(w) || DEMONYMS.has(w) || PLACE_NAMES.has(w))) break;
    name.from++;
  }
  if (role !== null && role.to === from) role.to = name.from;
}

/** Only spaces, or one comma, between a title-only run and the name it titles. */
function titles(sentence: string, tokens: Token[], title: Run, name: Run): boolean {
  const a = tokens[title.to - 1];
  const b = tokens[name.from];
  if (a === undefined || b === undefined) return false;
  return /^\s*,?\s*$/.test(sentence.slice(a.end, b.start));
}

function span(sentence: string, tokens: Token[], r: Run): { start: number; end: number; text: string } {
  const start = (tokens[r.from] as Token).start;
  const end = (tokens[r.to - 1] as Token).end;
  return { start, end, text: sentence.slice(start, end) };
}

/**
 * The last sentence's mentions: the pipeline asks for them twice in a row (for the sentence's
 * facts, then for its quotations' speakers). Callers get copies, so none can change another's.
 */
let last: { sentence: string; mentions: readonly Mention[] } | null = null;

export function extractMentions(sentence: string): Mention[] {
  if (last?.sentence !== sentence) last = { sentence, mentions: findMentions(sentence) };
  return last.mentions.map((m) => ({ ...m }));
}

function findMentions(sentence: string): Mention[] {
  if (!/\p{Lu}/u.test(sentence)) return [];
  const tokens = tagTokens(sentence);
  const runs = findRuns(sentence, tokens);
  const splits = runs.map((r) => splitRun(tokens, r));
  // Tokens of names that carry their own title: an appositive may not run into them.
  const titled = new Set<number>();
  for (const s of splits) if (s.role !== null && !s.titleOnly) for (let i = s.name.from; i < s.name.to; i++) titled.add(i);

  const drafts: Draft[] = [];
  const roleSpans: Run[] = [];
  splits.forEach((split, n) => {
    if (split.titleOnly || split.name.from >= split.name.to) return;
    let role: Run | null = null;
    const prev = splits[n - 1];
    if (split.role !== null) {
      role = { from: extendRoleLeft(sentence, tokens, split.role.from), to: split.role.to };
    } else if (prev?.titleOnly && prev.role !== null && titles(sentence, tokens, prev.role, split.name)) {
      role = { from: extendRoleLeft(sentence, tokens, prev.role.from), to: prev.role.to };
    } else {
      role = roleBefore(sentence, tokens, split.name.from);
      if (role !== null) roleSpans.push(role);
    }
    const kind = kindOf(tokens, split, role !== null || split.honorific);
    if (kind === 'person') stripLeadingRoleWords(tokens, split, role);
    if (kind === 'person' && role === null) role = roleAfter(tokens, split.name.to, (i) => titled.has(i));
    drafts.push({ split, kind, role: kind === 'person' ? role : null });
  });

  const out: Mention[] = [];
  for (const d of drafts) {
    if (d.kind === null) continue;
    const { from, to } = d.split.name;
    // A capitalised word swallowed by a lower-case title ("Harbour" in "Harbour master X") is not a name.
    if (d.kind !== 'organisation' && roleSpans.some((r) => from >= r.from && to <= r.to)) continue;
    const s = span(sentence, tokens, d.split.name);
    const role = d.role === null ? null : span(sentence, tokens, d.role).text.replace(/[\s,]+$/u, '');
    out.push({ kind: d.kind, start: s.start, end: s.end, text: s.text, role });
  }
  return out;
}
