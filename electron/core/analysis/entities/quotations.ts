/**
 * Quotations in one sentence and who the sentence says spoke them. Different wording of the
 * same quotation, or the same words credited to someone else, are discrepancies the pipeline
 * flags, so the speaker is a name only when the sentence names one; pronouns and descriptions
 * ("he said", "the minister said") give null and are resolved later from context.
 */
import type { Mention, Quotation } from '../types';
import { extractMentions } from './mentions';
import type { MarkPair } from './quoteMarks';
import { pairQuoteMarks } from './quoteMarks';
import { PRONOUNS, SPEECH_VERBS, lower } from './lexicon';

/** What one side of a quotation says about its speaker; `found` false means "look elsewhere". */
interface Attribution {
  found: boolean;
  speaker: string | null;
}

const NONE: Attribution = { found: false, speaker: null };
const named = (speaker: string | null): Attribution => ({ found: true, speaker });

/** Words allowed between a subject and its verb ("Marten also said", "Ostrova is heard to say"). */
const GAP_WORDS = /^(?:\s*,[^,"“”«»„]{1,80},)?(?:\s+[\p{Ll}]+){0,3}\s+$/u;
const SKIP_PUNCT = /^[\s,.;:!?\u2014\u2013-]*/u;
const WORD = /^\p{L}+/u;

function personStartingAt(people: Mention[], at: number): Mention | undefined {
  return people.find((m) => m.start === at);
}

/** Text right after the closing mark: ", she said", ", said Ilse Marten", " Marten added". */
function fromTail(s: string, people: Mention[], from: number, to: number): Attribution {
  const p = from + (SKIP_PUNCT.exec(s.slice(from, to))?.[0].length ?? 0);
  const rest = s.slice(p, to);
  const first = WORD.exec(rest)?.[0] ?? '';
  const w = lower(first);
  if (SPEECH_VERBS.has(w)) {
    // Inverted: "said Ilse Marten", "said the harbour master, Ilse Marten", "said she".
    const window = s.slice(p + first.length, Math.min(to, p + first.length + 80));
    const stop = window.search(/[.;"“”«»„]/u);
    const limit = p + first.length + (stop < 0 ? window.length : stop);
    const who = people.find((m) => m.start > p && m.start < limit);
    return named(who?.text ?? null);
  }
  const person = personStartingAt(people, p);
  const subjectEnd = person?.end ?? (PRONOUNS.has(w) || /^(the|a|an)$/.test(w) ? p + first.length : -1);
  if (subjectEnd < 0) return NONE;
  // Subject then verb within a few words: "Marten said", "she told reporters", "the minister added".
  const m = /^(?:\s*,[^,"“”«»„]{1,80},)?((?:\s+[\p{Ll}’'-]+){1,4})/u.exec(s.slice(subjectEnd, to));
  const words = (m?.[1] ?? '').trim().split(/\s+/).map(lower);
  if (!words.some((x) => SPEECH_VERBS.has(x))) return NONE;
  return named(person?.text ?? null);
}

/** "according to Ilse Marten" anywhere in the region. */
function accordingTo(s: string, people: Mention[], from: number, to: number): Attribution {
  const re = /according to\s+/giu;
  re.lastIndex = from;
  const m = re.exec(s);
  if (m === null || m.index >= to) return NONE;
  const after = m.index + m[0].length;
  const stop = s.slice(after, to).search(/[.;,"“”«»„]/u);
  const limit = stop < 0 ? to : after + stop;
  const who = people.find((p) => p.start >= after && p.start < limit);
  // "according to a statement" names no one: not an attribution to a person.
  return who === undefined ? NONE : named(who.text);
}

/** Text before the opening mark: `Marten said: "…"`, `Feldane told Marten it was "good"`. */
function fromHead(s: string, people: Mention[], from: number, to: number): Attribution {
  const head = s.slice(from, to);
  const colon = /:\s*$/u.test(head) ? people.find((m) => m.start >= from && /^\s*:\s*$/u.test(s.slice(m.end, to))) : undefined;
  if (colon !== undefined) return named(colon.text);
  const verbs = [...head.matchAll(/\p{L}+/gu)].filter((v) => SPEECH_VERBS.has(lower(v[0])));
  for (const v of verbs.reverse()) {
    const at = from + (v.index ?? 0);
    const subject = people.filter((m) => m.start >= from && m.end <= at && GAP_WORDS.test(s.slice(m.end, at))).pop();
    if (subject !== undefined) return named(subject.text);
    const pro = /(\p{L}+)((?:\s+[\p{Ll}]+){0,3})\s+$/u.exec(s.slice(from, at));
    if (pro !== null && PRONOUNS.has(lower(pro[1] ?? ''))) return named(null);
  }
  return NONE;
}

interface Found {
  pair: MarkPair;
  start: number;
  text: string;
  attribution: Attribution;
}

/** Only "and", "or" or a comma between two quotations: they share one speaker ("“rough” and “late”, X said"). */
const JOINED = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/u;

export function extractQuotations(sentence: string): Quotation[] {
  const pairs = pairQuoteMarks(sentence);
  if (pairs.length === 0) return [];
  const people = extractMentions(sentence).filter((m) => m.kind === 'person');
  const found: Found[] = [];
  pairs.forEach((pair, n) => {
    const raw = sentence.slice(pair.open + 1, pair.close);
    const lead = raw.length - raw.trimStart().length;
    // A trailing comma belongs to the reporting sentence ("…late," she said), not to the words.
    const text = raw.trim().replace(/[\s,]+$/u, '');
    if (text.length === 0) return;
    const tailEnd = pairs[n + 1]?.open ?? sentence.length;
    const headStart = (pairs[n - 1]?.close ?? -1) + 1;
    // People named inside the quotation are not its speaker.
    const outside = people.filter((m) => m.end <= pair.open || m.start > pair.close);
    const attribution = [
      fromTail(sentence, outside, pair.close + 1, tailEnd),
      accordingTo(sentence, outside, pair.close + 1, tailEnd),
      accordingTo(sentence, outside, headStart, pair.open),
      fromHead(sentence, outside, headStart, pair.open),
    ].find((a) => a.found) ?? NONE;
    found.push({ pair, start: pair.open + 1 + lead, text, attribution });
  });
  shareAttributions(sentence, found);
  return found.map((q) => ({ start: q.start, end: q.start + q.text.length, text: q.text, speaker: q.attribution.speaker }));
}

/** Quotations joined by "and"/"or"/"," take the attribution of a neighbour that has one. */
function shareAttributions(sentence: string, quotes: Found[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < quotes.length; i++) {
      const x = quotes[i] as Found;
      const y = quotes[i + 1] as Found;
      if (!JOINED.test(sentence.slice(x.pair.close + 1, y.pair.open))) continue;
      if (!x.attribution.found && y.attribution.found) x.attribution = y.attribution;
      if (!y.attribution.found && x.attribution.found) y.attribution = x.attribution;
    }
  }
}
