/**
 * Anchoring an annotation to a source's cleaned text, W3C TextQuote + TextPosition style: the
 * exact quote, up to 32 characters of context either side, and the offsets where it was. Pure.
 *
 * After the text changes (a block restored or removed, re-cleaning), `placeAnchor` finds the
 * quote again: where it was if it is still there with its context; else the occurrence whose
 * context agrees clearly, and clearly better than any other occurrence; else nowhere (orphaned).
 * It never moves an annotation to a look-alike passage: only an exact quote can match, and only
 * with matching context.
 */
import { ANCHOR_CONTEXT, type TextAnchor } from '../../../shared/domain/annotation';

/** Paragraph break of the cleaned text: blocks are joined with it, so context beyond it may change. */
const BREAK = '\n\n';
/** A candidate is accepted when its context agrees at least this much (0–1)... */
export const MIN_CONTEXT_SCORE = 0.5;
/** ...and beats every other occurrence by this much (else the choice is ambiguous). */
export const MIN_MARGIN = 0.2;

export function describeAnchor(text: string, start: number, end: number, context = ANCHOR_CONTEXT): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`No passage at ${start}–${end} in a text of ${text.length} characters.`);
  }
  return { quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context), start, end };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How much of one side's context agrees (0–1). Only the context up to the nearest paragraph break
 * counts: beyond it lies another block, which the editor may have removed or restored. A context
 * that ran to the start (or end) of the text agrees with a candidate there.
 */
function sideScore(stored: string, actual: string, side: 'before' | 'after', atTextEdge: boolean): number {
  // breakAt: how many characters lie between the quote and the nearest paragraph break.
  const index = side === 'before' ? stored.lastIndexOf(BREAK) : stored.indexOf(BREAK);
  const breakAt = index === -1 ? -1 : side === 'before' ? stored.length - index - BREAK.length : index;
  const expected = breakAt === -1 ? stored.length : breakAt + BREAK.length;
  if (expected === 0) return atTextEdge ? 1 : 0.5;
  const matched = side === 'before' ? commonSuffixLength(stored, actual) : commonPrefixLength(stored, actual);
  if (matched >= expected) return 1;
  // The paragraph's own context all agrees and the candidate's paragraph is at the edge of the text.
  if (atTextEdge && breakAt !== -1 && matched === breakAt) return 1;
  return matched / expected;
}

export function contextScore(text: string, anchor: Pick<TextAnchor, 'quote' | 'prefix' | 'suffix'>, start: number, context = ANCHOR_CONTEXT): number {
  const end = start + anchor.quote.length;
  const before = text.slice(Math.max(0, start - context), start);
  const after = text.slice(end, end + context);
  return (sideScore(anchor.prefix, before, 'before', start === 0) + sideScore(anchor.suffix, after, 'after', end === text.length)) / 2;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export type Placement = { start: number; end: number; score: number } | null;

/** Where the anchor's quote is in `text` now, or null when it cannot be placed with confidence. */
export function placeAnchor(text: string, anchor: TextAnchor): Placement {
  const { quote, start } = anchor;
  if (quote === '') return null;
  // Unchanged here: the quote at its offsets with all its context.
  if (text.slice(start, start + quote.length) === quote && contextScore(text, anchor, start) === 1) return { start, end: start + quote.length, score: 1 };
  const scored = occurrences(text, quote)
    .map((at) => ({ at, score: contextScore(text, anchor, at) }))
    .sort((a, b) => b.score - a.score || Math.abs(a.at - start) - Math.abs(b.at - start));
  const best = scored[0];
  if (!best || best.score < MIN_CONTEXT_SCORE) return null;
  const runnerUp = scored[1];
  if (runnerUp && best.score - runnerUp.score < MIN_MARGIN) return null;
  return { start: best.at, end: best.at + quote.length, score: best.score };
}

/** The anchor re-described at its new place (fresh context), or null when orphaned. */
export function reanchor(text: string, anchor: TextAnchor): TextAnchor | null {
  const placed = placeAnchor(text, anchor);
  return placed ? describeAnchor(text, placed.start, placed.end) : null;
}

/** Every start of `quote` in `text` (for choosing an occurrence by number). */
export function findQuote(text: string, quote: string): number[] {
  return quote === '' ? [] : occurrences(text, quote);
}
