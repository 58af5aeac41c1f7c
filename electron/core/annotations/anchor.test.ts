import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAnchor, findQuote, placeAnchor, reanchor } from './anchor';

const para = (...ps: string[]) => ps.join('\n\n');

const LEDE = 'The ferry Aurelia ran aground on the Skellan Bar on Tuesday evening.';
const EVAC = 'The evacuation took 35 minutes, the harbour master said.';
const QUOTE = 'Nobody went into the water, she added.';
const AD = '[ad_slot id="mid-article-2"]';

function anchorOn(text: string, quote: string, occurrence = 0) {
  const start = findQuote(text, quote)[occurrence]!;
  return describeAnchor(text, start, start + quote.length);
}

describe('describeAnchor', () => {
  it('takes the exact quote, up to 32 characters either side, and the offsets', () => {
    const text = para(LEDE, EVAC);
    const a = anchorOn(text, '35 minutes');
    expect(a.quote).toBe('35 minutes');
    expect(a.prefix).toBe(text.slice(a.start - 32, a.start));
    expect(a.suffix).toBe(text.slice(a.end, a.end + 32));
    expect(text.slice(a.start, a.end)).toBe('35 minutes');
  });

  it('refuses offsets outside the text or an empty passage', () => {
    expect(() => describeAnchor('abc', 2, 9)).toThrow(RangeError);
    expect(() => describeAnchor('abc', 1, 1)).toThrow(RangeError);
  });
});

describe('placeAnchor after the cleaned text changes', () => {
  it('follows a quote moved by a block inserted before it (a removed block restored)', () => {
    const before = para(LEDE, EVAC, QUOTE);
    const anchor = anchorOn(before, '35 minutes');
    const after = para(LEDE, AD, EVAC, QUOTE);
    const placed = placeAnchor(after, anchor)!;
    expect(placed.start).toBe(anchor.start + AD.length + 2);
    expect(after.slice(placed.start, placed.end)).toBe('35 minutes');
  });

  it('follows a quote at the start of a paragraph whose neighbour block was removed', () => {
    const before = para(AD, EVAC, QUOTE);
    const anchor = anchorOn(before, 'The evacuation took');
    const after = para(EVAC, QUOTE);
    expect(placeAnchor(after, anchor)).toMatchObject({ start: 0 });
  });

  it('orphans a quote whose passage was removed, even when the words appear elsewhere', () => {
    const before = para(LEDE, EVAC, 'Officials later said the rescue took 35 minutes in all.');
    const anchor = anchorOn(before, '35 minutes', 0);
    const after = para(LEDE, 'Officials later said the rescue took 35 minutes in all.');
    expect(findQuote(after, '35 minutes')).toHaveLength(1);
    expect(placeAnchor(after, anchor)).toBeNull();
  });

  it('orphans a quote removed altogether', () => {
    const before = para(LEDE, EVAC, QUOTE);
    expect(placeAnchor(para(LEDE, QUOTE), anchorOn(before, 'harbour master said'))).toBeNull();
  });

  it('tells duplicated quotes apart by their context, and keeps each one on its own copy', () => {
    const first = 'Ilse Marten said the crew kept everyone calm.';
    const second = 'Later that night, Ilse Marten said the inquiry was welcome.';
    const before = para(LEDE, first, EVAC, second);
    const onSecond = anchorOn(before, 'Ilse Marten said', 1);
    const onFirst = anchorOn(before, 'Ilse Marten said', 0);
    const after = para(AD, LEDE, first, AD, EVAC, second);
    const placedSecond = placeAnchor(after, onSecond)!;
    const placedFirst = placeAnchor(after, onFirst)!;
    expect(placedSecond.start).toBe(after.indexOf(second) + 'Later that night, '.length);
    expect(placedFirst.start).toBe(after.indexOf(first));
  });

  it('orphans a duplicated quote whose copies cannot be told apart', () => {
    const repeated = 'Transport minister Darius Feldane came to Port Vellan the next day.';
    const before = para(LEDE, repeated, EVAC);
    const anchor = anchorOn(before, 'Darius Feldane');
    // The context is lost on both sides and the quote now appears twice in identical paragraphs.
    const after = para(repeated, repeated);
    expect(placeAnchor(after, anchor)).toBeNull();
  });

  it('keeps an unchanged anchor where it is', () => {
    const text = para(LEDE, EVAC, QUOTE);
    const anchor = anchorOn(text, 'the harbour master');
    expect(reanchor(text, anchor)).toEqual(anchor);
  });
});

// Paragraphs of distinct words (each carries its index), so no two passages look alike by accident.
const paragraphArb = fc
  .array(fc.constantFrom('ferry', 'harbour', 'crew', 'minister', 'storm', 'bar', 'Vellan', 'said', 'on', 'the', 'took', 'minutes'), { minLength: 3, maxLength: 12 })
  .map((words) => words.join(' '));

const storyArb = fc.array(paragraphArb, { minLength: 2, maxLength: 8 }).map((ps) => ps.map((p, i) => `${p} p${i}x.`));

describe('anchoring properties', () => {
  it('an unchanged text keeps every anchor exactly', () => {
    fc.assert(
      fc.property(storyArb, fc.nat(), fc.nat(), (ps, a, b) => {
        const text = para(...ps);
        const start = a % (text.length - 1);
        const end = start + 1 + (b % Math.min(40, text.length - start));
        const anchor = describeAnchor(text, start, end);
        expect(placeAnchor(text, anchor)).toMatchObject({ start, end });
      }),
    );
  });

  it('a paragraph inserted or removed elsewhere moves the anchor with its text, never to another place', () => {
    fc.assert(
      fc.property(storyArb, fc.nat(), fc.nat(), fc.nat(), fc.boolean(), paragraphArb, (ps, pick, a, b, insert, extra) => {
        const target = pick % ps.length;
        const paragraph = ps[target]!;
        const from = a % (paragraph.length - 1);
        const length = 1 + (b % Math.min(30, paragraph.length - from));
        const text = para(...ps);
        const offset = text.indexOf(paragraph);
        const anchor = describeAnchor(text, offset + from, offset + from + length);
        // Insert a new paragraph or remove another one, never touching the annotated paragraph.
        const changed = [...ps];
        let shift = 0;
        const other = (target + 1 + (a % ps.length)) % ps.length;
        if (insert) {
          const at = other <= target ? target : target + 1;
          changed.splice(at, 0, `${extra} new.`);
          if (at <= target) shift = extra.length + ' new.'.length + 2;
        } else if (other !== target) {
          changed.splice(other, 1);
          if (other < target) shift = -(ps[other]!.length + 2);
        }
        const after = para(...changed);
        const placed = placeAnchor(after, anchor);
        // Placed means: exactly where the annotated words went. Orphaned is allowed only for a
        // quote that is not unique within its own paragraph's reach (then it must not guess).
        if (placed) expect(placed.start).toBe(anchor.start + shift);
        else expect(findQuote(after, anchor.quote).length).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a placed anchor always points at its exact quote', () => {
    fc.assert(
      fc.property(storyArb, storyArb, fc.nat(), fc.nat(), (ps, qs, a, b) => {
        const text = para(...ps);
        const start = a % (text.length - 1);
        const end = start + 1 + (b % Math.min(25, text.length - start));
        const anchor = describeAnchor(text, start, end);
        const other = para(...qs, ...ps.slice(1));
        const placed = placeAnchor(other, anchor);
        if (placed) expect(other.slice(placed.start, placed.end)).toBe(anchor.quote);
      }),
      { numRuns: 300 },
    );
  });
});
