import { describe, expect, it } from 'vitest';
import { SYNONYM_ENTRY_COUNT } from './synonyms';
import { contentTerms } from './terms';

describe('contentTerms', () => {
  it('keeps lower-case lemmas of content words and drops stopwords and punctuation', () => {
    expect(contentTerms('The engineers were repairing the old bridges, quickly!')).toEqual([
      'engineer',
      'repair',
      'old',
      'bridge',
      'quickly',
    ]);
  });

  it('keeps numbers, spelled out or not, as digits', () => {
    expect(contentTerms('Five ships and 1,200 sailors')).toEqual(['5', 'ship', '1200', 'sailor']);
  });

  it('folds paraphrases and spinner substitutions to one key', () => {
    const same = (a: string, b: string): void => expect(contentTerms(a)).toEqual(contentTerms(b));
    same('the visit', 'the trip');
    same('a go to to Rome', 'a visit to Rome');
    same('the meeting', 'the assembly');
    same('the top diplomat', 'the highest diplomat');
    same('neither side', 'neither aspect');
    same('the video', 'the footage');
    same('was expected', 'was anticipated');
    same('soaring tensions', 'hovering tensions');
    same('he said', 'he stated');
    same('stabilise relations', 'stabilize relations');
    same('the United States', 'the U.S.');
  });

  it('folds a word only in the sense the table gives it', () => {
    expect(contentTerms('Officials stated it')).toContain('say');
    expect(contentTerms('state media')).toContain('state');
  });

  it('keeps the synonym table general and small', () => {
    expect(SYNONYM_ENTRY_COUNT).toBeGreaterThanOrEqual(50);
    expect(SYNONYM_ENTRY_COUNT).toBeLessThanOrEqual(300);
  });

  it('copes with empty and symbol-only input', () => {
    expect(contentTerms('')).toEqual([]);
    expect(contentTerms('— … !!')).toEqual([]);
  });
});
