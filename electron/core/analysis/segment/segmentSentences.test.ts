import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from './segmentSentences';

function texts(input: string): string[] {
  return segmentSentences(input).map((s) => s.text);
}

describe('segmentSentences', () => {
  it('does not split after titles, initials, acronyms, times or decimals', () => {
    const text =
      'Mr. Okafor met Dr. J. R. Lindqvist of Harbour Corp. at 7.15 p.m. on Tuesday. ' +
      'The U.S. envoy and Gen. Moreau visited St. Anne’s at 6.40 a.m. with 3.5 tonnes of aid. ' +
      'Ms. Dahl said the talks would resume.';
    expect(texts(text)).toEqual([
      'Mr. Okafor met Dr. J. R. Lindqvist of Harbour Corp. at 7.15 p.m. on Tuesday.',
      'The U.S. envoy and Gen. Moreau visited St. Anne’s at 6.40 a.m. with 3.5 tonnes of aid.',
      'Ms. Dahl said the talks would resume.',
    ]);
  });

  it('keeps a split after an abbreviation that ends a sentence', () => {
    expect(texts('The firm moved to the U.S. It kept its name.')).toEqual(['The firm moved to the U.S.', 'It kept its name.']);
    expect(texts('Shares of Nordal Corp. fell sharply.')).toEqual(['Shares of Nordal Corp. fell sharply.']);
  });

  it('never crosses a paragraph and numbers the paragraphs', () => {
    const text = 'First paragraph without a full stop\n\nSecond one. It has two sentences.\n \n\nThird.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => [s.text, s.paragraph])).toEqual([
      ['First paragraph without a full stop', 0],
      ['Second one.', 1],
      ['It has two sentences.', 1],
      ['Third.', 2],
    ]);
  });

  it('treats a line break as a boundary unless the next line continues in lower case', () => {
    const text = 'Ferry talks resume\nThe ministers met on Monday and\nagreed to meet again. Gen.\nHollis spoke.';
    expect(texts(text)).toEqual([
      'Ferry talks resume',
      'The ministers met on Monday and\nagreed to meet again.',
      'Gen.\nHollis spoke.',
    ]);
  });

  it('keeps exact offsets around quotations', () => {
    const text = '“We are ready. We will talk,” the minister said. “Good,” she replied.';
    const spans = segmentSentences(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text).join(' ')).toBe(text);
    expect(spans.at(-1)?.text).toBe('“Good,” she replied.');
  });

  it('trims whitespace and handles empty input', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('  \n\n \t ')).toEqual([]);
    expect(segmentSentences('  Hello there.  ')).toEqual([{ start: 2, end: 14, text: 'Hello there.', paragraph: 0 }]);
  });

  it('gives exact, ordered, non-overlapping spans for any text', () => {
    const pieces = fc.constantFrom(
      'Mr.', 'U.S.', ' ', '  ', '\n', '\n\n', '\r\n', '.', '!', '?', '“', '”', '"', 'word', 'Word', '3.5',
      'J.', 'a.m.', '…', '\u2028', '\u00a0', '😀', '\t', 'é', '\u200b',
    );
    const arbitraryText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const spans = segmentSentences(text);
        let last = 0;
        let paragraph = 0;
        for (const s of spans) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.paragraph).toBeGreaterThanOrEqual(paragraph);
          // A paragraph boundary (blank line) never lies inside a sentence.
          expect(/\n[^\S\n]*\n/.test(s.text)).toBe(false);
          last = s.end;
          paragraph = s.paragraph;
        }
      }),
      { numRuns: 300 },
    );
  });
});
