import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ExtractedValue } from '../types';
import { extractValues } from './values';

/** The values as compact tuples: [kind, text, value, extras…]. */
function read(sentence: string): Array<Pick<ExtractedValue, 'kind' | 'text' | 'value'>> {
  return extractValues(sentence).map(({ kind, text, value }) => ({ kind, text, value }));
}

function only(sentence: string): ExtractedValue {
  const values = extractValues(sentence);
  expect(values).toHaveLength(1);
  return values[0] as ExtractedValue;
}

describe('extractValues: numbers', () => {
  it.each([
    ['The ferry carried 212 passengers.', 212, 'passenger'],
    ['It also had 14 crew on board.', 14, 'crew'],
    ['Some 1,200 people gathered.', 1200, 'person'],
    ['The tank held 3.5 barrels.', 3.5, 'barrel'],
    ['Trains ran at 90 km/h near the bridge.', 90, 'km/h'],
    ['Twenty-one officials signed.', 21, 'official'],
    ['They invited a dozen reporters.', 12, 'reporter'],
    ['About two hundred and fifty volunteers came.', 250, 'volunteer'],
    ['The city has 1.2 million residents.', 1_200_000, 'resident'],
    ['Five of them left early.', 5, null],
  ])('%s', (sentence, value, counts) => {
    const v = only(sentence);
    expect(v.kind).toBe('number');
    expect(v.value).toBe(value);
    expect(v.counts).toBe(counts);
  });

  it('counts a two-noun compound by its head', () => {
    expect(only('We spoke to 14 crew members.').counts).toBe('crew member');
  });

  it('skips ordinals, pronoun "one", figures inside names and decades', () => {
    expect(extractValues('It was her second visit and the 21st round.')).toEqual([]);
    expect(extractValues('No one expected an F-16 or a G20 summit in the 1990s.')).toEqual([]);
    expect(read('Three were hurt and one of them died.')).toEqual([
      { kind: 'number', text: 'Three', value: 3 },
      { kind: 'number', text: 'one', value: 1 },
    ]);
  });
});

describe('extractValues: durations', () => {
  it.each([
    ['They met for 35 minutes.', '35 minutes', 35],
    ['It was a 35-minute meeting.', '35-minute', 35],
    ['The call took 35 min in all.', '35 min', 35],
    ['The talks lasted five hours.', 'five hours', 300],
    ['The talks lasted 7 1/2 hours.', '7 1/2 hours', 450],
    ['The talks lasted 7½ hours.', '7½ hours', 450],
    ['The talks lasted five and a half hours.', 'five and a half hours', 330],
    ['The talks lasted an hour and a half.', 'an hour and a half', 90],
    ['The visit took two days.', 'two days', 2880],
    ['He waited half an hour.', 'half an hour', 30],
    ['A two-day visit began.', 'two-day', 2880],
    ['It lasted three hours and 20 minutes.', 'three hours and 20 minutes', 200],
    ['The summit lasted 1.5 hours.', '1.5 hours', 90],
  ])('%s', (sentence, text, minutes) => {
    const v = only(sentence);
    expect(v).toMatchObject({ kind: 'duration', text, value: minutes, approximate: false });
    expect(sentence.slice(v.start, v.end)).toBe(text);
  });

  it.each([
    ['It was a 35-minute meeting.', 'meeting'],
    ['A two-day visit began.', 'visit'],
    ['After 7 1/2 hours of talks they agreed.', 'talk'],
    ['They met for 35 minutes.', null],
    ['The evacuation took five hours in total.', null],
  ])('%s: the duration measures %s', (sentence, counts) => {
    expect(only(sentence).counts).toBe(counts);
  });

  it.each(['about', 'around', 'almost', 'nearly', 'some', 'roughly', 'more than', 'less than', 'over', 'under', 'up to'])(
    '"%s six hours" is approximate',
    (word) => {
      const v = only(`They talked for ${word} six hours.`);
      expect(v).toMatchObject({ kind: 'duration', text: 'six hours', value: 360, approximate: true });
    },
  );

  it('marks "or so" as approximate and leaves ages alone', () => {
    expect(only('They met for 35 minutes or so.').approximate).toBe(true);
    expect(only('A 6-year-old boy waved.')).toMatchObject({ kind: 'number', value: 6 });
  });
});

describe('extractValues: dates, weekdays and times', () => {
  it.each([
    ['Signed on 18 March 2026 in Oslo.', '18 March 2026', '2026-03-18'],
    ['Signed on March 18, 2026 in Oslo.', 'March 18, 2026', '2026-03-18'],
    ['Signed on June 19 in Oslo.', 'June 19', '--06-19'],
    ['Signed on 2026-03-18 in Oslo.', '2026-03-18', '2026-03-18'],
    ['The plant opened in 2023.', '2023', '2023'],
    ['The 2023 summit failed.', '2023', '2023'],
  ])('%s', (sentence, text, value) => {
    expect(read(sentence)).toEqual([{ kind: 'date', text, value }]);
  });

  it('reads a four-digit figure before a plural noun as a count', () => {
    expect(only('The ship carried 2000 passengers.')).toMatchObject({ kind: 'number', value: 2000, counts: 'passenger' });
  });

  it('reads weekdays, with the part of the day', () => {
    expect(read('They met on Monday and again on Tuesday night.')).toEqual([
      { kind: 'weekday', text: 'Monday', value: 'monday' },
      { kind: 'weekday', text: 'Tuesday night', value: 'tuesday' },
    ]);
    expect(only('Talks end on Sunday evening.').value).toBe('sunday');
  });

  it.each([
    ['at 7.15pm', '7.15pm', 1155],
    ['at 7:15 p.m. sharp', '7:15 p.m.', 1155],
    ['at 19:15 local time', '19:15', 1155],
    ['at 6.40am', '6.40am', 400],
    ['at 12 am', '12 am', 0],
    ['at noon', 'noon', 720],
  ])('time %s', (phrase, text, minutes) => {
    expect(read(`The plane landed ${phrase}.`)).toEqual([{ kind: 'time', text, value: minutes }]);
  });
});

describe('extractValues: money and percent', () => {
  it.each([
    ['a $48 million loan', '$48 million', 48e6, 'USD'],
    ['a 48 million pounds loan', '48 million pounds', 48e6, 'GBP'],
    ['a €3bn loan', '€3bn', 3e9, 'EUR'],
    ['a US$ 2.5 billion loan', 'US$ 2.5 billion', 2.5e9, 'USD'],
    ['a fee of 10 yuan', '10 yuan', 10, 'CNY'],
    ['a £5m grant', '£5m', 5e6, 'GBP'],
  ])('%s', (phrase, text, value, unit) => {
    const v = only(`They agreed ${phrase}.`);
    expect(v).toMatchObject({ kind: 'money', text, value, unit });
  });

  it.each([
    ['12%', 12],
    ['12 per cent', 12],
    ['twelve percent', 12],
    ['3.5 percentage points', 3.5],
  ])('percent %s', (text, value) => {
    expect(read(`Exports rose ${text} this year.`)).toEqual([{ kind: 'percent', text, value }]);
  });
});

describe('extractValues: the whole sentence', () => {
  it('reports each figure once, sorted and non-overlapping, with exact offsets', () => {
    const sentence =
      'On Monday, June 19, 2023, about 35 minutes after 7.15pm, officials paid $48 million, 12% more than the 212 passengers expected.';
    const values = extractValues(sentence);
    expect(values.map((v) => [v.kind, v.text])).toEqual([
      ['weekday', 'Monday'],
      ['date', 'June 19, 2023'],
      ['duration', '35 minutes'],
      ['time', '7.15pm'],
      ['money', '$48 million'],
      ['percent', '12%'],
      ['number', '212'],
    ]);
    let last = 0;
    for (const v of values) {
      expect(sentence.slice(v.start, v.end)).toBe(v.text);
      expect(v.start).toBeGreaterThanOrEqual(last);
      last = v.end;
    }
    expect(values[2]?.approximate).toBe(true);
  });

  it('returns nothing for a sentence without figures', () => {
    expect(extractValues('The minister may march in May.')).toEqual([]);
    expect(extractValues('')).toEqual([]);
  });
});

describe('extractValues: any text', () => {
  it('never throws and gives exact, ordered, non-overlapping values', () => {
    const pieces = fc.constantFrom(
      ' ', '1', '12', '2023', '3.5', '1/2', '½', ',', '-', ':', '.', '$', '€', 'US$', 'bn', 'm', '%', 'per cent',
      'five', 'a', 'an', 'half', 'hour', 'hours', 'and', 'about', 'March', 'Monday', 'pm', 'a.m.', 'people', '😀',
    );
    const arbitraryText = fc.oneof(fc.string({ maxLength: 120 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(arbitraryText, (sentence) => {
        let last = 0;
        for (const v of extractValues(sentence)) {
          expect(sentence.slice(v.start, v.end)).toBe(v.text);
          expect(v.start).toBeGreaterThanOrEqual(last);
          expect(v.end).toBeGreaterThan(v.start);
          if (typeof v.value === 'number') expect(Number.isFinite(v.value)).toBe(true);
          last = v.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
