import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from './analyzeSources';
import { invariantProblems } from './compare/fixtures';
import { CORPUS_DIR } from './evaluation/corpus';

/** Real copy lives outside the repo and is read from disk only; nothing of it is stored here. */
const DIR = CORPUS_DIR;
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('analyzeSources on the Blinken–Beijing corpus', () => {
  it('finds a short list of discrepancies, including names and durations', () => {
    if (files.length === 0) {
      // eslint-disable-next-line no-console
      console.log(`corpus not found at ${DIR}; skipped`);
      return;
    }
    const input = files.map((f, i) => ({ id: i + 1, title: f, text: readFileSync(join(DIR, f), 'utf8'), nearDuplicateOf: null }));
    const started = performance.now();
    const result = analyzeSources(input);
    const ms = Math.round(performance.now() - started);
    // eslint-disable-next-line no-console
    console.log(`${result.discrepancies.length} discrepancies in ${ms} ms\n${result.discrepancies.map((d) => `  [${d.kind}] ${d.summary}`).join('\n')}`);
    expect(result.discrepancies.length).toBeLessThanOrEqual(60);
    expect(result.discrepancies.some((d) => d.kind === 'name')).toBe(true);
    expect(result.discrepancies.some((d) => d.kind === 'duration')).toBe(true);
    expect(invariantProblems(result, input)).toEqual([]);
  });
});
