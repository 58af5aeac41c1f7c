/**
 * The real corpus (read from disk, never copied into the project): five web copies of one story,
 * machine-translated and synonym-spun. Only terms are used (no names, no values), as a floor
 * for what the aligner does before extraction helps it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AlignableSentence } from '../types';
import { alignClaims } from './alignClaims';
import { contentTerms } from './terms';

/** The shared corpus lives beside the repository: ../shared/corpus from its root. */
const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/blinken-beijing-2023', import.meta.url));

function crudeSentences(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .flatMap((l) => l.split(/(?<=[.!?])\s+/))
    .filter((s) => s.trim() !== '');
}

describe('alignClaims on the blinken-beijing-2023 corpus', () => {
  const present = existsSync(CORPUS);
  if (!present) {
    // eslint-disable-next-line no-console
    console.log(`corpus test skipped: ${CORPUS} not found`);
  }
  it.skipIf(!present)('aligns many claims across three or more sources', () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const texts = new Map<string, string>();
    const sentences: AlignableSentence[] = [];
    files.forEach((file, sourceId) => {
      crudeSentences(readFileSync(join(CORPUS, file), 'utf8')).forEach((text, index) => {
        texts.set(`${sourceId}:${index}`, text);
        sentences.push({ sourceId, index, text, terms: contentTerms(text), names: [], values: [] });
      });
    });
    const started = performance.now();
    const claims = alignClaims(sentences);
    const ms = performance.now() - started;
    const wide = claims.filter((c) => new Set(c.members.map((m) => m.sourceId)).size >= 3);
    // Scraper boilerplate ("Leave a Reply") aligns too; count claims of real sentences apart.
    const termsOf = new Map(sentences.map((s) => [`${s.sourceId}:${s.index}`, s.terms.length]));
    const substantive = wide.filter((c) => c.members.every((m) => (termsOf.get(`${m.sourceId}:${m.index}`) ?? 0) >= 5));
    const lines = [`corpus: ${files.length} sources, ${sentences.length} sentences, ${claims.length} claims, ${wide.length} with ≥3 sources (${substantive.length} of sentences with ≥5 terms), aligned in ${ms.toFixed(0)} ms`];
    for (const claim of claims.filter((c) => c.members.length >= 2)) {
      lines.push(`-- cohesion ${claim.cohesion.toFixed(2)}`);
      for (const m of claim.members) lines.push(`   [${m.sourceId}:${m.index}] ${(texts.get(`${m.sourceId}:${m.index}`) ?? '').slice(0, 60)}`);
    }
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
    expect(wide.length).toBeGreaterThanOrEqual(10);
  });
});
