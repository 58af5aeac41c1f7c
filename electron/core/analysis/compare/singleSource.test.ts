import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind } from './fixtures';

describe('single-source claims', () => {
  it('reports a checkable claim only one source makes, with the sentence as its variant', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'single-source');
    expect(rest).toEqual([]);
    expect(d?.variants).toHaveLength(1);
    expect(d?.variants[0]?.sourceIds).toEqual([3]);
    expect(d?.variants[0]?.text).toBe('A witness said the bridge had been closed for repairs 12 times since 2019.');
    expect(d?.suggested).toBeNull();
  });

  it('skips bylines and short sentences', () => {
    const r = analyse(['By Ana Brisk\n\nThe Tarn River bridge in Oldmere collapsed on Monday.', 'The Tarn River bridge at Oldmere collapsed on Monday.']);
    expect(ofKind(r, 'single-source')).toEqual([]);
  });

  it('counts a near-duplicate and its original as one source', () => {
    const text = 'A witness said the bridge had been closed for repairs 12 times since 2019.';
    const r = analyse([`The Tarn River bridge collapsed on Monday. ${text}`, `The Tarn River bridge collapsed on Monday. ${text}`, 'The Tarn River bridge collapsed on Monday.'], [null, 1, null]);
    expect(ofKind(r, 'single-source').map((d) => d.variants[0]?.sourceIds)).toEqual([[1, 2]]);
  });
});
