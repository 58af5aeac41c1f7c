import { describe, expect, it } from 'vitest';
import { occurrenceBefore } from './ExcerptFocusContext';

describe('occurrenceBefore', () => {
  it('counts earlier occurrences of the quote, ignoring case, so the right one is marked', () => {
    const text = 'Ilse Marten spoke. Later, ilse marten said it again. Ilse Marten left.';
    const third = text.lastIndexOf('Ilse Marten');
    expect(occurrenceBefore(text, 'Ilse Marten', 0)).toBe(0);
    expect(occurrenceBefore(text, 'Ilse Marten', text.indexOf('ilse marten'))).toBe(1);
    expect(occurrenceBefore(text, 'Ilse Marten', third)).toBe(2);
  });
});
