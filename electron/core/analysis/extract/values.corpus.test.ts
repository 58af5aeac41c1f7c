/**
 * The real corpus (design.md: ../shared/corpus), read from disk when present: segmentation keeps
 * exact offsets on messy web copy, and the meeting durations the reports give are found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../segment/segmentSentences';
import { extractValues } from './values';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/blinken-beijing-2023');
const present = existsSync(CORPUS);

if (!present) {
  // eslint-disable-next-line no-console
  console.log(`corpus tests skipped: ${CORPUS} does not exist on this machine`);
}

function readCorpus(): Array<{ name: string; text: string }> {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS, name), 'utf8') }));
}

describe.skipIf(!present)('corpus: blinken-beijing-2023', () => {
  it('segments every file with exact, ordered offsets', () => {
    for (const { text } of readCorpus()) {
      const spans = segmentSentences(text);
      expect(spans.length).toBeGreaterThan(5);
      let last = 0;
      for (const s of spans) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(last);
        last = s.end;
        for (const v of extractValues(s.text)) expect(s.text.slice(v.start, v.end)).toBe(v.text);
      }
    }
  });

  it('finds the meeting durations the reports state', () => {
    const durationsByFile = readCorpus().map(({ text }) =>
      segmentSentences(text).flatMap((s) => extractValues(s.text).filter((v) => v.kind === 'duration').map((v) => v.value)),
    );
    // One report gives the meeting with the president in minutes, others the talks in hours.
    expect(durationsByFile.some((d) => d.includes(35))).toBe(true);
    const inHours = durationsByFile.filter((d) => d.some((m) => typeof m === 'number' && m >= 60 && m < 24 * 60 && m % 30 === 0));
    expect(inHours.length).toBeGreaterThanOrEqual(2);
  });

  it('reports throughput (printed, not asserted)', () => {
    const files = readCorpus();
    const words = files.reduce((n, f) => n + f.text.split(/\s+/).filter(Boolean).length, 0);
    const rounds = 5;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const { text } of files) for (const s of segmentSentences(text)) extractValues(s.text);
    }
    const seconds = (performance.now() - t0) / 1000;
    // eslint-disable-next-line no-console
    console.log(`segment + extract: ${Math.round((words * rounds) / seconds)} words/s (${words} words × ${rounds})`);
  });
});
