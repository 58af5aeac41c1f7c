import { describe, expect, it } from 'vitest';
import { AGREEING, analyse, BRIDGE, ofKind } from './fixtures';

describe('duration discrepancies', () => {
  it('reports differing durations, normalised to minutes', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'duration');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Duration: 360 min (2 sources) vs 120 min (1 source)');
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['360 min', [1, 2]],
      ['120 min', [3]],
    ]);
    expect(d?.variants[1]?.excerpts[0]?.quote).toBe('two hours');
  });

  it('treats approximate values within tolerance as one reading', () => {
    // "about six hours", "almost six hours" and "six hours" agree.
    const r = analyse(AGREEING);
    expect(r.discrepancies.filter((d) => d.kind !== 'single-source')).toEqual([]);
  });
});
