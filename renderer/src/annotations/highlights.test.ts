import { describe, expect, it } from 'vitest';
import type { AnalysisReport, Discrepancy } from '../../../shared/domain/analysis';
import type { Annotation } from '../../../shared/domain/annotation';
import { paragraphs, paragraphSpans } from '../format';
import { annotationHighlights, discrepancyHighlights, markId, parseMarkId, segmentParagraphs, type Highlight } from './highlights';

const TEXT = '  The ferry ran aground.\n\nThe evacuation took five hours in total.\n \nIlse Martin said nobody was hurt.  ';

describe('paragraphSpans', () => {
  it('gives the same paragraphs as the reader shows, each with its offset in the cleaned text', () => {
    const spans = paragraphSpans(TEXT);
    expect(spans.map((s) => s.text)).toEqual(paragraphs(TEXT));
    for (const s of spans) expect(TEXT.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('segmentParagraphs', () => {
  const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

  it('cuts paragraphs where highlights start and end, and every segment knows what covers it', () => {
    const five: Highlight = { type: 'discrepancy', id: 'duration-1', kind: 'duration', ...at('five hours') };
    const note: Highlight = { type: 'annotation', id: 7, kind: 'error', ...at('took five') };
    const result = segmentParagraphs(TEXT, [five, note]);
    expect(result).toHaveLength(3);
    const second = result[1]!;
    expect(second.segments.map((s) => s.text).join('')).toBe('The evacuation took five hours in total.');
    expect(second.segments.map((s) => [s.text, s.highlights.length])).toEqual([
      ['The evacuation ', 0],
      ['took ', 1],
      ['five', 2],
      [' hours', 1],
      [' in total.', 0],
    ]);
    for (const p of result) for (const s of p.segments) expect(TEXT.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits a highlight that crosses a paragraph break into both paragraphs', () => {
    const across: Highlight = { type: 'annotation', id: 1, kind: 'note', start: TEXT.indexOf('aground'), end: TEXT.indexOf('evacuation') };
    const [first, second] = segmentParagraphs(TEXT, [across]);
    expect(first!.segments.filter((s) => s.highlights.length).map((s) => s.text)).toEqual(['aground.']);
    expect(second!.segments.filter((s) => s.highlights.length).map((s) => s.text)).toEqual(['The ']);
  });
});

describe('highlights from the report and the annotations', () => {
  const discrepancy = (excerpts: Array<{ sourceId: number; start: number; end: number; quote: string }>): Discrepancy => ({
    id: 'name-abc1',
    kind: 'name',
    status: 'open',
    summary: 'Ilse Marten / Ilse Martin',
    suggested: null,
    confidence: 0.8,
    reasons: [],
    variants: [{ text: 'Ilse Martin', sourceIds: [4], excerpts }],
    decision: null,
  });

  it('keeps only excerpts of this source whose offsets still hold their quote', () => {
    const start = TEXT.indexOf('Ilse Martin');
    const report = {
      discrepancies: [
        discrepancy([
          { sourceId: 4, start, end: start + 11, quote: 'Ilse Martin' },
          { sourceId: 4, start: 0, end: 11, quote: 'Ilse Martin' },
          { sourceId: 2, start, end: start + 11, quote: 'Ilse Martin' },
        ]),
      ],
    } as AnalysisReport;
    expect(discrepancyHighlights(report, 4, TEXT)).toEqual([{ type: 'discrepancy', id: 'name-abc1', kind: 'name', start, end: start + 11 }]);
  });

  it('leaves orphaned annotations out of the text', () => {
    const start = TEXT.indexOf('nobody');
    const base = { sourceId: 4, removedSourceTitle: null, kind: 'note', comment: '', discrepancyId: null, createdAt: '', updatedAt: '' } as const;
    const anchored: Annotation = { ...base, id: 1, state: 'anchored', anchor: { quote: 'nobody', prefix: '', suffix: '', start, end: start + 6 } };
    const orphaned: Annotation = { ...base, id: 2, state: 'orphaned', anchor: { quote: 'crew', prefix: '', suffix: '', start: 3, end: 7 } };
    expect(annotationHighlights([anchored, orphaned], TEXT).map((h) => h.id)).toEqual([1]);
  });

  it('round-trips highlights through mark ids', () => {
    expect(parseMarkId(markId({ type: 'discrepancy', id: 'single-source-1a2b', kind: 'single-source', start: 0, end: 1 }))).toEqual({ type: 'discrepancy', kind: 'single-source', id: 'single-source-1a2b' });
    expect(parseMarkId('x|y')).toBeNull();
  });
});
