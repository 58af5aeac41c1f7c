/**
 * Sentence segmentation with exact offsets (design.md, Analysis pipeline, step 2).
 *
 * wink-nlp decides where sentences end; this module only turns its token-level answer into
 * character offsets, adds the hard boundaries wink does not know about (paragraphs, line breaks)
 * and removes wink cuts that fall after abbreviations. Every span is a slice of the input, so
 * offsets cannot drift even where wink normalises the text.
 */
import type { SentenceSpan } from '../types';
import { getNlp } from './nlp';
import { docColumns, primeParse, tokensOf } from '../nlp/shared';
import type { DocColumns } from '../nlp/shared';
import { findParagraphs } from './paragraphs';
import { AMBIGUOUS_ABBREVIATIONS, DOTTED_ACRONYM, INITIAL, TITLE_ABBREVIATIONS } from './abbreviations';

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER_START = /^[\p{Ll}\p{N},;:)\]–—-]/u;
const UPPER_START = /^\p{Lu}/u;
/** The word (letters and inner full stops) that ends just before a cut, e.g. "Mr." or "U.S.". */
const WORD_BEFORE = /[\p{L}.']*\p{L}\.$/u;

export function segmentSentences(text: string): SentenceSpan[] {
  const paragraphs = findParagraphs(text);
  const parsed = parseText(text);
  const cuts = (parsed ? modelCuts(parsed) : fallbackCuts(text)).filter((cut) => keepModelCut(text, cut));
  for (const para of paragraphs) cuts.push(...lineBreakCuts(text, para.start, para.end));
  cuts.sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let k = 0;
  paragraphs.forEach((para, paragraph) => {
    let from = para.start;
    while (k < cuts.length && (cuts[k] ?? 0) <= para.start) k++;
    for (; k < cuts.length && (cuts[k] ?? 0) < para.end; k++) {
      const to = cuts[k] ?? para.end;
      if (to > from) pushTrimmed(spans, text, from, to, paragraph);
      from = Math.max(from, to);
    }
    pushTrimmed(spans, text, from, para.end, paragraph);
  });
  if (parsed) shareSentenceParses(parsed, spans);
  return spans;
}

/** The whole-text wink parse: token columns with offsets, and wink's sentences as token ranges. */
interface ParsedText {
  cols: DocColumns;
  sentences: Array<[number, number]>;
}

function parseText(text: string): ParsedText | null {
  try {
    const nlp = getNlp();
    const doc = nlp.readDoc(text);
    const sentences = doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>;
    return { cols: docColumns(nlp, doc, text), sentences };
  } catch {
    // wink should not throw, but segmentation must never fail an import.
    return null;
  }
}

/** Offsets where wink ends a sentence (just past its last token). */
function modelCuts({ cols, sentences }: ParsedText): number[] {
  const out: number[] = [];
  for (const [first, last] of sentences) {
    // The last token wink could locate in the sentence; a sentence with none gives no cut.
    for (let i = last; i >= first; i--) {
      const end = cols.ends[i] ?? -1;
      if (end >= 0) {
        out.push(end);
        break;
      }
    }
  }
  return out;
}

/** Without wink: split at end marks. */
function fallbackCuts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s)/g)) out.push(m.index + m[0].length);
  return out;
}

/**
 * Every span whose tokens the whole-text parse located, none crossing its edges, gets those
 * tokens in the shared parse cache, so later stages need not tag it again: a span cut at a line
 * break or merged after an abbreviation is served from the same parse as one wink sentence (its
 * tags read in the context of the whole text, which is what the tagger was given anyway).
 */
function shareSentenceParses({ cols }: ParsedText, spans: SentenceSpan[]): void {
  const n = cols.values.length;
  const located = (i: number): boolean => (cols.starts[i] ?? -1) >= 0;
  let t = 0;
  for (const span of spans) {
    // Spans and tokens are both in text order. A token wink normalised out of reach (not
    // located) near a span leaves that span to be parsed on its own.
    let ok = true;
    while (t < n && (!located(t) || (cols.ends[t] as number) <= span.start)) {
      if (!located(t)) ok = false;
      t++;
    }
    const first = t;
    while (t < n && (!located(t) || (cols.starts[t] as number) < span.end)) {
      if (!located(t) || (cols.starts[t] as number) < span.start || (cols.ends[t] as number) > span.end) ok = false;
      t++;
    }
    if (ok && t > first) primeParse(span.text, tokensOf(cols, first, t - 1, span.start));
  }
}

/** Whether a cut wink proposed survives the abbreviation and decimal checks. */
function keepModelCut(text: string, cut: number): boolean {
  const before = text.charAt(cut - 1);
  const after = text.charAt(cut);
  // A cut inside a run of letters/digits ("3.5", "U.S.-China") is never a sentence end.
  if (WORD_CHAR.test(after) && WORD_CHAR.test(before)) return false;
  if (before === '.' && /\d/.test(after)) return false;
  const word = wordBefore(text, cut);
  if (!word) return true;
  const next = text.slice(cut).trimStart();
  if (bindsToNext(word, next)) return false;
  const bare = word.toLowerCase();
  if (AMBIGUOUS_ABBREVIATIONS.has(bare) || DOTTED_ACRONYM.test(bare)) {
    return !LOWER_START.test(next);
  }
  return true;
}

/** The abbreviation-like word ("Mr.", "U.S.", "J.") ending at `pos`, if any. */
function wordBefore(text: string, pos: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, pos - 24), pos))?.[0].replace(/^'+/, '');
}

/** Titles and initials belong to the name after them, even across a line break. */
function bindsToNext(word: string, next: string): boolean {
  if (TITLE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "J. R. Smith": an initial followed by a capitalised name.
  return INITIAL.test(word) && UPPER_START.test(next);
}

/**
 * A line break inside a paragraph ends a sentence (headlines, datelines and lists carry no full
 * stop) unless the next line starts in lower case, which marks a hard-wrapped sentence.
 */
function lineBreakCuts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let nl = text.indexOf('\n', start);
  while (nl >= 0 && nl < end) {
    const next = text.slice(nl + 1, Math.min(end, nl + 9)).trimStart();
    let lineEnd = nl;
    while (lineEnd > start && SPACE.test(text.charAt(lineEnd - 1))) lineEnd--;
    const word = wordBefore(text, lineEnd);
    if (!LOWER_START.test(next) && !(word && bindsToNext(word, next))) out.push(nl);
    nl = text.indexOf('\n', nl + 1);
  }
  return out;
}

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number, paragraph: number): void {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end), paragraph });
}
