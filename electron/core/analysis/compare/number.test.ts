import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind } from './fixtures';

describe('number discrepancies', () => {
  it('reports differing counts of the same noun in one claim', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'number');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Car count: 40 (2 sources) vs 48 (1 source)');
    expect(d?.variants.map((v) => v.excerpts.map((e) => e.quote))).toEqual([['Forty', '40'], ['48']]);
    expect(d?.suggested).toBe('40');
    expect(d?.reasons).toEqual(['2 independent sources against 1']);
  });

  it('does not compare counts of different nouns', () => {
    const r = analyse([
      'The ferry Kestrel carried 212 passengers from Saltmere to Kestrel Island on Friday.',
      'The ferry Kestrel carried 14 crew from Saltmere to Kestrel Island on Friday.',
    ]);
    expect(ofKind(r, 'number')).toEqual([]);
  });
});
