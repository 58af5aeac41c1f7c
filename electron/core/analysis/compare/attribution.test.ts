import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind, STRIKE } from './fixtures';

describe('attribution discrepancies', () => {
  it('reports the same words credited to different speakers', () => {
    const [d, ...rest] = ofKind(analyse(STRIKE), 'attribution');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['Petra Lund', [1, 2]],
      ['Olaf Brenn', [3]],
    ]);
    expect(d?.variants[1]?.excerpts[0]?.quote).toBe('We have waited three years for a fair offer and we are done waiting');
  });

  it('does not report a quotation every source credits to the same person', () => {
    expect(ofKind(analyse(BRIDGE), 'attribution')).toEqual([]);
  });
});
