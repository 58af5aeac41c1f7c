/**
 * The editor's decisions applied to compiled text: wherever a decided discrepancy's other readings
 * appear (its variants' texts and the exact excerpts quoted from the sources), the decided reading
 * is written instead — in every sentence, so a corrected name is the same throughout.
 */
import type { Discrepancy } from '../../../shared/domain/analysis';

export interface Replacement {
  from: string;
  to: string;
  discrepancyId: string;
}

/** The rewrites the decided discrepancies call for, longest first. */
export function replacementsFor(discrepancies: readonly Discrepancy[]): Replacement[] {
  const out = new Map<string, Replacement>();
  for (const d of discrepancies) {
    const reading = d.decision?.status === 'decided' ? d.decision.reading : null;
    if (!reading || d.kind === 'single-source') continue;
    for (const variant of d.variants) {
      for (const from of [variant.text, ...variant.excerpts.map((e) => e.quote)]) {
        const trimmed = from.trim();
        if (trimmed !== '' && trimmed !== reading && !out.has(trimmed)) out.set(trimmed, { from: trimmed, to: reading, discrepancyId: d.id });
      }
      // A name written the other way also stands alone elsewhere ("Chen accepted" for "Chen Gang"):
      // the differing words of a same-length name are rewritten too.
      if (d.kind === 'name') for (const r of differingNameWords(variant.text, reading)) if (!out.has(r.from)) out.set(r.from, { ...r, discrepancyId: d.id });
    }
  }
  return [...out.values()].sort((a, b) => b.from.length - a.from.length);
}

function differingNameWords(variant: string, reading: string): Array<{ from: string; to: string }> {
  const a = variant.trim().split(/\s+/);
  const b = reading.trim().split(/\s+/);
  if (a.length !== b.length || a.length < 2) return [];
  return a.flatMap((word, i) => (word !== b[i] && /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(b[i]!) ? [{ from: word, to: b[i]! }] : []));
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Rewrites `text` in one pass: matches never overlap, a match must stand as whole words, and text
 * that already reads as a decided reading is left alone ("Qin" inside "Qin Gang" is not a variant).
 */
export function applyReplacements(text: string, replacements: readonly Replacement[]): { text: string; applied: string[] } {
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const wholeWordsAt = (i: number, length: number, word: string) =>
    !(isWordChar(word[0]) && isWordChar(text[i - 1])) && !(isWordChar(word[word.length - 1]) && isWordChar(text[i + length]));
  for (const reading of new Set(replacements.map((r) => r.to))) {
    for (let i = text.indexOf(reading); i !== -1; i = text.indexOf(reading, i + 1)) if (wholeWordsAt(i, reading.length, reading)) taken.push([i, i + reading.length]);
  }
  const hits: Array<{ start: number; end: number; r: Replacement }> = [];
  for (const r of replacements) {
    for (let i = text.indexOf(r.from); i !== -1; i = text.indexOf(r.from, i + 1)) {
      const end = i + r.from.length;
      if (!wholeWordsAt(i, r.from.length, r.from) || overlaps(i, end)) continue;
      taken.push([i, end]);
      hits.push({ start: i, end, r });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + hit.r.to;
    at = hit.end;
  }
  return { text: out + text.slice(at), applied: [...new Set(hits.map((h) => h.r.discrepancyId))] };
}
