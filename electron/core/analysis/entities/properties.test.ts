import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMentions } from './mentions';
import { extractQuotations } from './quotations';

/** Pieces that exercise the rules: names, titles, connectors, quote marks, odd punctuation. */
const piece = fc.oneof(
  fc.constantFrom(
    'Ilse', 'Marten', 'Transport', 'Minister', 'Secretary', 'of', 'State', 'the', 'harbour', 'master', 'said', 'told',
    'according', 'to', 'in', 'Kessel', 'Bay', 'Ferries', 'Ltd', 'Mr.', 'U.S.', '-', ',', '.', ':', '“', '”', '"', '«',
    '»', '„', '’s', "'", 'van', 'de', 'she', 'He', 'MartenAfterwards', '\n', '\u00a0', 'KFTV', 'Port', '—',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const sentence = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '  ', ', ')), { maxLength: 24 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

describe('properties', () => {
  it('extractMentions never throws and its offsets are exact', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const m of extractMentions(s)) {
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('extractQuotations never throws and its offsets are exact', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const q of extractQuotations(s)) {
          expect(s.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(extractMentions(s)).toEqual(extractMentions(s));
        expect(extractQuotations(s)).toEqual(extractQuotations(s));
      }),
      { numRuns: 100 },
    );
  });
});
