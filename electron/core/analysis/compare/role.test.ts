import { describe, expect, it } from 'vitest';
import { analyse, BRIDGE, ofKind } from './fixtures';
import { normaliseRole } from './role';

describe('role discrepancies', () => {
  it('reports a person given a different rank', () => {
    const [d, ...rest] = ofKind(analyse(BRIDGE), 'role');
    expect(rest).toEqual([]);
    expect(d?.summary).toBe('Tomas Rhee: role given as “mayor” (2) vs “deputy mayor” (1)');
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['Deputy Mayor']);
  });

  it('normalises case, articles, nationality and word order', () => {
    expect(normaliseRole('Minister for Transport')).toBe('transport minister');
    expect(normaliseRole('Transport Minister')).toBe('transport minister');
    expect(normaliseRole('the transport minister')).toBe('transport minister');
    expect(normaliseRole('Norwegian Transport Minister')).toBe('transport minister');
    expect(normaliseRole('The deputy transport minister')).toBe('deputy transport minister');
  });

  it('does not report the same role written differently', () => {
    const r = analyse([
      'Minister for Transport Ana Brisk visited the Tarn River bridge in Oldmere on Tuesday.',
      'Transport Minister Ana Brisk visited the Tarn River bridge at Oldmere on Tuesday.',
      'The transport minister, Ana Brisk, visited the Tarn River bridge in Oldmere on Tuesday.',
    ]);
    expect(ofKind(r, 'role')).toEqual([]);
  });

  it('reads spun rank words as one title and flags the outdated one', () => {
    expect(normaliseRole('chief Danish diplomat')).toBe(normaliseRole('top diplomat'));
    const r = analyse([
      'Top diplomat Jens Ulfsen met the Icelandic president in Reykjavik on Tuesday.',
      'Chief diplomat Jens Ulfsen met the Icelandic president in Reykjavik on Tuesday.',
      'Foreign Minister Jens Ulfsen met the Icelandic president in Reykjavik on Tuesday.',
    ]);
    const [d, ...rest] = ofKind(r, 'role');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['top diplomat', [1, 2]],
      ['foreign minister', [3]],
    ]);
  });
});
