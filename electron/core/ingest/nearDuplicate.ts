/**
 * Near-duplicates: wire copy reprinted with small edits. Compared on 5-word shingles; the score is
 * the share of the smaller article's shingles found in the other (so a trimmed reprint still scores
 * high). Independent reports of one event share facts, not runs of five words.
 */
const SHINGLE = 5;
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
const words = new Intl.Segmenter('en', { granularity: 'word' });

export function shingles(text: string): Set<string> {
  const tokens: string[] = [];
  for (const s of words.segment(text.toLowerCase())) if (s.isWordLike) tokens.push(s.segment);
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) result.add(tokens.slice(i, i + SHINGLE).join(' '));
  return result;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export function findNearDuplicate<T extends { id: number; text: string }>(text: string, others: T[]): { item: T; score: number } | null {
  const mine = shingles(text);
  let best: { item: T; score: number } | null = null;
  for (const other of others) {
    const score = overlap(mine, shingles(other.text));
    if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.score)) best = { item: other, score };
  }
  return best;
}
