import { describe, expect, it } from 'vitest';
import { AGREEING, analyse, DELAY, ofKind } from './fixtures';

describe('time discrepancies', () => {
  it('reports a differing clock time', () => {
    const [d, ...rest] = ofKind(analyse(DELAY), 'time');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Time: 21:30 (2 sources) vs 23:45 (1 source)');
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['11.45pm']);
  });

  it('leaves two times stated in the same sentences alone', () => {
    const r = analyse([
      'The Kestrel left Saltmere at 6.40pm and ran aground at 7.15pm on Friday.',
      'The Kestrel left Saltmere at 6.40pm on Friday and ran aground at 7.15pm.',
    ]);
    expect(ofKind(r, 'time')).toEqual([]);
    expect(ofKind(analyse(AGREEING), 'time')).toEqual([]);
  });
});
