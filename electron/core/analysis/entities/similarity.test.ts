import { describe, expect, it } from 'vitest';
import { editDistance, fold, jaroWinkler, phoneticKey } from './similarity';

describe('similarity', () => {
  it('folds case and diacritics', () => {
    expect(fold('José Ørsted Łukasz')).toBe('jose orsted lukasz');
  });

  it('computes edit distance', () => {
    expect(editDistance('marten', 'martin')).toBe(1);
    expect(editDistance('antony', 'anthony')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('computes Jaro-Winkler like the reference values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('gives transliterations one phonetic key', () => {
    expect(phoneticKey('Qin')).toBe(phoneticKey('Chen'));
    expect(phoneticKey('Shaoming')).toBe(phoneticKey('Chaoming'));
    expect(phoneticKey('Anthony')).toBe(phoneticKey('Antony'));
    expect(phoneticKey('Ilse')).not.toBe(phoneticKey('Jonas'));
    expect(phoneticKey('Darius')).not.toBe(phoneticKey('Marius'));
  });
});
