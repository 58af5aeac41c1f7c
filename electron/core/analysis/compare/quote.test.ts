import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind, STRIKE } from './fixtures';

describe('quote discrepancies', () => {
  it('reports the same quotation worded differently', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'quote');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => v.sourceIds)).toEqual([[1, 2], [3]]);
    expect(d?.variants[1]?.text).toBe('We shall rebuild this bridge stronger than ever, and we will do it quickly.');
    expect(d?.suggested).toBe('We will rebuild this bridge stronger than before, and we will do it quickly.');
  });

  it('ignores differences of punctuation, case and curly quotes', () => {
    const r = analyse([
      'Mayor Tomas Rhee said: "We will rebuild this bridge, stronger than before."',
      'Mayor Tomas Rhee said: “we will rebuild this bridge stronger than before”.',
    ]);
    expect(ofKind(r, 'quote')).toEqual([]);
  });

  it('does not call identical quotations reworded', () => {
    expect(ofKind(analyse(STRIKE), 'quote')).toEqual([]);
  });
});
