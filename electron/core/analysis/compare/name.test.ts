import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind } from './fixtures';

describe('name discrepancies', () => {
  it('reports one name spelled two ways, each spelling with its sources and excerpts', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'name');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Kara Velt / Cara Velt: name spelled two ways');
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['Kara Velt', [1, 2]],
      ['Cara Velt', [3]],
    ]);
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['Cara Velt']);
    expect(d?.suggested).toBe('Kara Velt');
  });

  it('does not report names that differ only in case or a possessive', () => {
    const r = analyse([
      'Kara Velt inspected the Tarn River bridge in Oldmere on Monday.',
      'KARA VELT inspected the Tarn River bridge at Oldmere on Monday.',
      "Kara Velt's team inspected the Tarn River bridge at Oldmere on Monday.",
    ]);
    expect(ofKind(r, 'name')).toEqual([]);
  });
});
