import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind } from './fixtures';

describe('date and weekday discrepancies', () => {
  it('reports conflicting weekdays in one claim as kind date', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'date');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Day: Monday (2 sources) vs Tuesday (1 source)');
    expect(d?.variants.map((v) => v.excerpts.map((e) => e.quote))).toEqual([['Monday morning', 'Monday morning'], ['Tuesday morning']]);
  });

  it('reports conflicting calendar dates', () => {
    const r = analyse([
      'The new Tarn River bridge in Oldmere will open on 3 May 2027, the council said.',
      'The new Tarn River bridge at Oldmere will open on 3 May 2027, the council said.',
      'The new Tarn River bridge at Oldmere will open on 13 May 2027, the council said.',
    ]);
    const [d, ...rest] = ofKind(r, 'date');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['2027-05-03', [1, 2]],
      ['2027-05-13', [3]],
    ]);
  });
});
