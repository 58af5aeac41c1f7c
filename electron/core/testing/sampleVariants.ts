/**
 * Many distinct articles for load tests and benchmarks: the bundled sample story's reports (or the
 * corpus in ../shared/corpus when it is there) taken in turn, with some words swapped, every two-
 * or three-digit figure nudged by the copy's number, and, in the k-th copy of an article, its k-th
 * long word put in capitals, so no two copies clean to the same text even without figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'resources', 'sample');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'blinken-beijing-2023');

const SWAPS: Array<[RegExp, string]> = [
  [/\bmeeting\b/g, 'talks'],
  [/\bsaid\b/g, 'told reporters'],
  [/\bvisit\b/g, 'trip'],
];

function readFolder(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(folder, f), 'utf8'));
}

/** The raw article texts the copies are made from. */
export function baseArticles(useCorpus = true): string[] {
  return useCorpus && existsSync(CORPUS) ? readFolder(CORPUS) : readFolder(SAMPLE);
}

/** `count` raw article texts, each importable and none a duplicate of another. */
export function sampleVariants(count: number, base = baseArticles()): string[] {
  return Array.from({ length: count }, (_, n) => {
    let text = base[n % base.length]!;
    SWAPS.forEach(([pattern, replacement], bit) => {
      if ((n >> bit) & 1) text = text.replace(pattern, replacement);
    });
    const copy = Math.floor(n / base.length);
    if (copy === 0) return text;
    let seen = 0;
    return text.replace(/\b\d{2,3}\b/g, (m) => String(Number(m) + n)).replace(/\b[a-z]{5,}\b/g, (word) => (++seen === copy ? word.toUpperCase() : word));
  });
}
