/**
 * Evaluation helper: plants random, realistic errors in one source of a set of articles on one
 * story (a respelled name, a changed figure, a changed weekday, a changed venue), so a test can
 * ask whether the analysis finds each one. Targets are chosen only among facts at least one
 * other source states too (a name another source gives; a figure, weekday or venue another
 * source gives in a sentence sharing a good part of the words): an error in a fact nobody else
 * reports cannot be caught by comparing sources. The chooser reads text only, never the
 * analysis it is testing.
 *
 * Deterministic for a seed (mulberry32), and knows nothing about any particular article.
 */
import type { AnalysisResult, Discrepancy, DiscrepancyKind, SourceInput } from '../analyzeSources';
import { extractMentions } from '../entities/mentions';
import { extractValues } from '../extract/values';
import { segmentSentences } from '../segment/segmentSentences';
import { rng } from '../align/testStory';
import { dice, words } from '../compare/text';

/** Content-word overlap (dice) from which two sentences of different sources are about one thing. */
const SAME_TOPIC = 0.3;
const COMMON = new Set(['said', 'says', 'with', 'that', 'this', 'from', 'have', 'were', 'will', 'would', 'their', 'there', 'they', 'which', 'after', 'about', 'been', 'also', 'than', 'into', 'over']);

export type PlantKind = 'name' | 'figure' | 'weekday' | 'venue';

export interface Plant {
  kind: PlantKind;
  sourceId: number;
  /** Offsets of the planted text in the changed source's text. */
  start: number;
  end: number;
  before: string;
  after: string;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];

interface Target {
  kind: PlantKind;
  start: number;
  end: number;
  text: string;
  /** What the other sources can be compared on: the normalised fact. */
  fact: string;
  /** Words of the sentence it stands in. */
  words: Set<string>;
}

/** A place right after "at", or a name of several words after "in the" and the like: where something happened. */
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:at\s+(?:the\s+)?|(?:in|inside|outside|near)\s+the\s+)$/iu;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Invented venues (nothing real), given in place of a real one. */
const VENUES = ['Harrowgate Hall', 'Calder House', 'Brennick Palace', 'Ostmere Lodge', 'Varrow Castle'];

function targetsOf(text: string): Target[] {
  const out: Target[] = [];
  for (const s of segmentSentences(text)) {
    // Content words only (four letters or more): "on", "the", "said" make any two sentences look alike.
    const sentenceWords = new Set(words(s.text).filter((w) => w.length >= 4 && !COMMON.has(w)));
    for (const v of extractValues(s.text)) {
      const at = { start: s.start + v.start, end: s.start + v.end, text: v.text, words: sentenceWords };
      if (v.kind === 'weekday') out.push({ kind: 'weekday', ...at, fact: `weekday:${v.value}` });
      else if ((v.kind === 'number' && v.counts !== null) || v.kind === 'duration') {
        // A figure with digits or a number word we can change; "one" is too often not a count.
        if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.test(v.text)) out.push({ kind: 'figure', ...at, fact: `${v.kind}:${v.value}:${v.counts ?? ''}` });
      }
    }
    for (const m of extractMentions(s.text)) {
      const at = { start: s.start + m.start, end: s.start + m.end, text: m.text, words: sentenceWords };
      const parts = m.text.split(/\s+/u);
      const last = parts[parts.length - 1] ?? '';
      if (m.kind === 'person' && parts.length >= 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(last)) out.push({ kind: 'name', ...at, fact: `person:${m.text}` });
      const before = s.text.slice(Math.max(0, m.start - 12), m.start);
      if (m.kind === 'place' && VENUE_BEFORE.test(before) && (parts.length >= 2 || /at\s+$/iu.test(before))) out.push({ kind: 'venue', ...at, fact: `place:${m.text}` });
    }
  }
  return out;
}

/** A misspelling an editor meets: a vowel swapped, a letter doubled or dropped, inside the surname. */
function respell(name: string, rnd: () => number): string {
  const cut = name.lastIndexOf(' ') + 1;
  const surname = name.slice(cut);
  const inner = [...surname].map((_, i) => i).filter((i) => i > 0 && i < surname.length - 1);
  const i = pick(rnd, inner) ?? 1;
  const ch = surname.charAt(i);
  const mode = Math.floor(rnd() * 3);
  let changed: string;
  if (mode === 0 && /[aeiou]/u.test(ch)) changed = surname.slice(0, i) + (pick(rnd, [...'aeiou'].filter((v) => v !== ch)) ?? 'e') + surname.slice(i + 1);
  else if (mode === 1) changed = surname.slice(0, i) + ch + surname.slice(i);
  else changed = surname.slice(0, i) + surname.slice(i + 1);
  return name.slice(0, cut) + changed;
}

/** Another figure, far enough from the first to be a real disagreement (not within 15 %). */
function changeFigure(text: string, rnd: () => number): string {
  const digits = /^\d+/u.exec(text);
  if (digits) {
    const n = Number(digits[0]);
    const next = n + Math.max(2, Math.round(n * (0.3 + rnd() * 0.5)));
    return String(next) + text.slice(digits[0].length);
  }
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const others = NUMBER_WORDS.filter((w) => w !== word.toLowerCase() && Math.abs(NUMBER_WORDS.indexOf(w) - NUMBER_WORDS.indexOf(word.toLowerCase())) >= 2);
  const next = pick(rnd, others) ?? 'nine';
  const cased = /^\p{Lu}/u.test(word) ? next.charAt(0).toUpperCase() + next.slice(1) : next;
  return cased + text.slice(word.length);
}

/** `taken`: weekdays other sources give in sentences on the same topic; a change to one of them would make the sources agree. */
function replacement(t: Target, rnd: () => number, taken: ReadonlySet<string> = new Set()): string {
  switch (t.kind) {
    case 'name':
      return respell(t.text, rnd);
    case 'figure':
      return changeFigure(t.text, rnd);
    case 'weekday': {
      const day = /^\p{L}+/u.exec(t.text)?.[0] ?? '';
      const other = pick(rnd, WEEKDAYS.filter((w) => w.toLowerCase() !== day.toLowerCase() && !taken.has(w.toLowerCase()))) ?? 'Sunday';
      return other + t.text.slice(day.length);
    }
    case 'venue':
      return pick(rnd, VENUES.filter((v) => v !== t.text)) ?? 'Calder House';
  }
}

/**
 * Plants one change of each kind asked for in one randomly chosen source, each in a different
 * sentence region (non-overlapping), each on a fact another source also states. Kinds with no
 * such target in the chosen source are skipped. Returns the changed sources and what was planted.
 */
export function plantChanges(sources: readonly SourceInput[], kinds: readonly PlantKind[], seed: number): { sources: SourceInput[]; plants: Plant[] } {
  const rnd = rng(seed); // the same seed plants the same changes
  const targets = new Map(sources.map((s) => [s.id, targetsOf(s.text)]));
  const victim = pick(rnd, sources) as SourceInput;
  // Stated elsewhere: a name anywhere in another source; a figure, weekday or venue in a sentence
  // of another source that is about the same thing (shares a good part of its words).
  const statedElsewhere = (t: Target): boolean =>
    [...targets].some(([id, ts]) => id !== victim.id && ts.some((o) => o.fact === t.fact && (t.kind === 'name' || dice([...t.words], [...o.words]) >= SAME_TOPIC)));
  const weekdaysNear = (t: Target): Set<string> =>
    new Set(
      [...targets].flatMap(([id, ts]) =>
        id === victim.id ? [] : ts.filter((o) => o.kind === 'weekday' && dice([...t.words], [...o.words]) >= SAME_TOPIC).map((o) => (/^\p{L}+/u.exec(o.text)?.[0] ?? '').toLowerCase()),
      ),
    );
  const shared = (targets.get(victim.id) ?? []).filter(statedElsewhere);
  const chosen: Target[] = [];
  for (const kind of kinds) {
    const free = shared.filter((t) => t.kind === kind && chosen.every((c) => t.end <= c.start - 40 || t.start >= c.end + 40));
    const t = pick(rnd, free);
    if (t !== undefined) chosen.push(t);
  }
  // Apply from the end of the text, so earlier offsets stay valid; then shift the recorded spans.
  let text = victim.text;
  const plants: Plant[] = [];
  for (const t of [...chosen].sort((a, b) => b.start - a.start)) {
    const after = replacement(t, rnd, t.kind === 'weekday' ? weekdaysNear(t) : undefined);
    text = text.slice(0, t.start) + after + text.slice(t.end);
    for (const p of plants) {
      p.start += after.length - (t.end - t.start);
      p.end += after.length - (t.end - t.start);
    }
    plants.push({ kind: t.kind, sourceId: victim.id, start: t.start, end: t.start + after.length, before: t.text, after });
  }
  return { sources: sources.map((s) => (s.id === victim.id ? { ...s, text } : s)), plants: plants.reverse() };
}

/** The discrepancy kinds that report a planted change (a venue is a place named differently). */
export const REPORTED_AS: Readonly<Record<PlantKind, readonly DiscrepancyKind[]>> = {
  name: ['name'],
  figure: ['number', 'duration'],
  weekday: ['date'],
  venue: ['name'],
};

/** The discrepancy that reports `plant`: of the right kind, with a variant citing the changed text. */
export function findPlant(result: AnalysisResult, plant: Plant): Discrepancy | undefined {
  return result.discrepancies.find(
    (d) => REPORTED_AS[plant.kind].includes(d.kind) && d.variants.some((v) => v.excerpts.some((e) => e.sourceId === plant.sourceId && e.start < plant.end && e.end > plant.start)),
  );
}
