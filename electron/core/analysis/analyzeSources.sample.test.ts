import { describe, expect, it } from 'vitest';
import { analyzeSources } from './analyzeSources';
import type { Discrepancy } from './analyzeSources';
import { invariantProblems } from './compare/fixtures';
import { cleanedSampleSources, sampleSources } from './compare/sampleStory';

/**
 * The planted discrepancies of resources/sample/README.md. Sources: 1 Ledger, 2 Wire, 3 Post,
 * 4 Bulletin. Read twice: junk stripped the simple way, and through the import's own cleaner
 * (which keeps the headline-less caption and cuts sentences differently).
 */
describe.each([
  ['stripped', sampleSources],
  ['through the cleaner', cleanedSampleSources],
])('analyzeSources on the bundled sample story (%s)', (_, read) => {
  const input = read();
  const result = analyzeSources(input);
  const find = (kind: string, test: (d: Discrepancy) => boolean) => result.discrepancies.filter((d) => d.kind === kind && test(d));
  const texts = (d: Discrepancy | undefined) => d?.variants.map((v) => v.text);

  it('finds the respelled harbour master', () => {
    const [d] = find('name', (x) => texts(x)?.includes('Ilse Martin') ?? false);
    expect(texts(d)).toEqual(['Ilse Marten', 'Ilse Martin']);
    expect(d?.variants[1]?.sourceIds).toEqual([4]);
    expect(d?.suggested).toBe('Ilse Marten');
  });

  it('finds the passenger count 212 vs 221', () => {
    const [d] = find('number', (x) => texts(x)?.includes('221') ?? false);
    expect(texts(d)).toEqual(['212', '221']);
    expect(d?.variants[1]?.sourceIds).toEqual([3]);
    expect(d?.suggested).toBe('212');
  });

  it('finds the evacuation duration 35 min vs 300 min', () => {
    const [d] = find('duration', (x) => texts(x)?.includes('300 min') ?? false);
    expect(texts(d)).toEqual(['35 min', '300 min']);
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['five hours']);
    expect(d?.suggested).toBe('35 min');
  });

  it("finds the minister's stale title", () => {
    const [d] = find('role', (x) => x.summary.startsWith('Darius Feldane'));
    expect(texts(d)).toEqual(['transport minister', 'deputy transport minister']);
    expect(d?.variants[0]?.sourceIds).toEqual([1, 2, 4]);
    expect(d?.variants[1]?.sourceIds).toEqual([3]);
  });

  it('finds the reworded quotation and leaves the identical control quote alone', () => {
    const quotes = find('quote', () => true);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.variants.map((v) => v.sourceIds)).toEqual([[1, 2, 4], [3]]);
    expect(quotes[0]?.variants[1]?.text).toMatch(/^The people of this coast depend/);
  });

  it('finds the Tuesday/Wednesday conflict', () => {
    const [d] = find('date', (x) => (texts(x)?.includes('Tuesday') ?? false) && (texts(x)?.includes('Wednesday') ?? false));
    expect(d?.variants.find((v) => v.text === 'Wednesday')?.sourceIds).toEqual([4]);
  });

  it('flags the radar claim as single-source', () => {
    const radar = find('single-source', (x) => /radar had been reported/u.test(x.variants[0]?.text ?? ''));
    expect(radar).toHaveLength(1);
    expect(radar[0]?.variants[0]?.sourceIds).toEqual([1]);
  });

  it('stays short, well-formed, and never reports variants that agree', () => {
    expect(result.discrepancies.length).toBeLessThanOrEqual(25);
    expect(invariantProblems(result, input)).toEqual([]);
    expect(result.discrepancies.filter((d) => d.kind === 'attribution')).toEqual([]);
  });
});
