/**
 * Planted-change evaluation (issue 4, "Must hold"): random, realistic errors (a respelled name,
 * a changed figure, weekday or venue) planted with a seeded generator in one source of a story
 * whose sources otherwise agree, trial after trial; each must come back as a discrepancy of the
 * right kind citing the changed words. Recall is printed per kind.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSources } from './analyzeSources';
import type { SourceInput } from './analyzeSources';
import { cleanedSampleSources } from './compare/sampleStory';
import { corpusSources } from './evaluation/corpus';
import { findPlant, plantChanges } from './evaluation/plantChanges';
import type { PlantKind } from './evaluation/plantChanges';
import { summitSources } from './evaluation/summitStory';

const KINDS: readonly PlantKind[] = ['name', 'figure', 'weekday', 'venue'];
const TRIALS = 12;

interface Recall {
  found: number;
  planted: number;
  byKind: Map<PlantKind, [number, number]>;
  misses: string[];
}

function evaluate(base: SourceInput[], firstSeed: number): Recall {
  const r: Recall = { found: 0, planted: 0, byKind: new Map(), misses: [] };
  for (let seed = firstSeed; seed < firstSeed + TRIALS; seed++) {
    const { sources, plants } = plantChanges(base, KINDS, seed);
    const result = analyzeSources(sources);
    for (const p of plants) {
      const d = findPlant(result, p);
      const tally = r.byKind.get(p.kind) ?? [0, 0];
      tally[1]++;
      r.planted++;
      if (d !== undefined) {
        tally[0]++;
        r.found++;
        // The changed words are a reading of their own, apart from the original's.
        const mine = d.variants.find((v) => v.excerpts.some((e) => e.sourceId === p.sourceId && e.start < p.end && e.end > p.start));
        expect(mine?.excerpts.some((e) => e.quote.includes(p.after) || p.after.includes(e.quote))).toBe(true);
      } else r.misses.push(`seed ${seed}: ${p.kind} in source ${p.sourceId}`);
      r.byKind.set(p.kind, tally);
    }
  }
  return r;
}

function report(name: string, r: Recall): string {
  const kinds = [...r.byKind].map(([k, [f, n]]) => `${k} ${f}/${n}`).join(', ');
  return `${name}: recall ${r.found}/${r.planted} (${Math.round((100 * r.found) / Math.max(1, r.planted))}%): ${kinds}${r.misses.length > 0 ? `; missed ${r.misses.join('; ')}` : ''}`;
}

describe('planted changes', () => {
  it('finds every change planted in our own four-outlet story, which alone raises no flag', () => {
    const base = summitSources();
    expect(analyzeSources(base).discrepancies).toEqual([]);
    const r = evaluate(base, 1);
    // eslint-disable-next-line no-console
    console.log(report('summit fixture', r));
    expect(r.byKind.get('venue')?.[1] ?? 0).toBeGreaterThan(0);
    expect(r.misses).toEqual([]);
  });

  it('finds nearly every change planted in the sample story read through the cleaner', () => {
    const r = evaluate(cleanedSampleSources(), 101);
    // eslint-disable-next-line no-console
    console.log(report('sample story', r));
    expect(r.found / r.planted).toBeGreaterThanOrEqual(0.85);
  });

  it('finds most changes planted in the real corpus', () => {
    const corpus = corpusSources();
    if (corpus.sources === null) {
      // eslint-disable-next-line no-console
      console.log(`planted changes in the real corpus: skipped (${corpus.reason})`);
      return;
    }
    const r = evaluate(corpus.sources, 1);
    // eslint-disable-next-line no-console
    console.log(report('corpus', r));
    expect(r.byKind.get('name')?.[0]).toBe(r.byKind.get('name')?.[1]);
    expect(r.found / r.planted).toBeGreaterThanOrEqual(0.7);
  });
});
