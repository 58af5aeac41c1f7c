/** Small text helpers shared by the comparers: normalising for equality, stable hashes. */

/** Lower case, no diacritics, straight quotes, punctuation dropped, spaces collapsed. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/['"]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a normalised text. */
export function words(s: string): string[] {
  const n = normalise(s);
  return n.length === 0 ? [] : n.split(' ');
}

/** Dice coefficient over word sets: 1 for the same words, 0 for none in common. */
export function dice(a: readonly string[], b: readonly string[]): number {
  return diceSets(new Set(a), new Set(b));
}

/** dice over word sets already built. */
export function diceSets(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size + y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** FNV-1a, 32 bits, from a given offset basis. */
function fnv(s: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A short stable hash (12 hex digits). Ids must survive re-analysis, so callers hash
 * normalised content only, never offsets or array positions.
 */
export function shortHash(parts: readonly string[]): string {
  const s = parts.join('\u0001');
  const a = fnv(s, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv(s, 0x050c5d1f).toString(16).padStart(8, '0');
  return (a + b).slice(0, 12);
}

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Shared words in the same order (longest common subsequence) as a share of the mean length:
 * a reworded quotation keeps the speaker's order of ideas, while two different sentences on
 * one topic share words ("healthy and stable", "China-US relations") in another order.
 */
export function orderedOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    prev = row;
  }
  return (2 * (prev[b.length] as number)) / (a.length + b.length);
}
