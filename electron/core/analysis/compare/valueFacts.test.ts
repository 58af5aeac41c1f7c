import { describe, expect, it } from 'vitest';
import { analyse, ofKind } from './fixtures';

/**
 * A landslide told by three outlets (written for this test). Outlets 1 and 2 give the day and
 * the count of evacuated homes in two sentences; outlet 3 packs both into one sentence and
 * disagrees on both, so alignment cannot put its sentence in one claim with both of theirs.
 */
const LANDSLIDE = [
  'A landslide buried the coast road below Harl Ridge near Ostby on Thursday evening after a week of heavy rain.\n\n' +
    'Police evacuated 64 homes on the ridge as a precaution.\n\n' +
    'Road engineer Maren Solt said the road would stay shut until the slope had been surveyed.\n\n' +
    'A photograph shows the road below Harl Ridge under mud on Friday morning.',
  'A landslide blocked the coast road under Harl Ridge outside Ostby on Thursday evening following a week of heavy rain.\n\n' +
    'Police moved the residents of 64 homes on the ridge out as a precaution.\n\n' +
    'Road engineer Maren Solt said the road would remain closed until the slope was surveyed.',
  'A landslide buried the coast road below Harl Ridge near Ostby on Friday evening after heavy rain, and police evacuated 46 homes on the ridge.\n\n' +
    'Road engineer Maren Solt said the road would stay shut until the slope had been surveyed.',
];

describe('values of one fact split over claims', () => {
  const r = analyse(LANDSLIDE);

  it('compares a count stated in one sentence by some outlets and in another by others', () => {
    const [d, ...rest] = ofKind(r, 'number');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['64', [1, 2]],
      ['46', [3]],
    ]);
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['46']);
  });

  it('compares the weekday of the event, not the day of a later caption', () => {
    const [d, ...rest] = ofKind(r, 'date');
    expect(rest).toEqual([]);
    expect(d?.variants.map((v) => [v.text, v.sourceIds])).toEqual([
      ['Thursday', [1, 2]],
      ['Friday', [3]],
    ]);
    // Outlet 1's caption says Friday about the next morning: it is not a reading of the day.
    expect(d?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['Friday evening']);
  });
});

describe('durations that measure different things', () => {
  it('does not compare a length of stay with the time since the last visit', () => {
    const r = analyse([
      'The Danish prime minister ended a two-day visit to Reykjavik on Tuesday with talks with the Icelandic president.',
      'The Danish prime minister ended a visit to Reykjavik on Tuesday, the first by a Danish leader in nine years, with talks with the Icelandic president.',
      'The Danish prime minister ended a two-day visit to Reykjavik on Tuesday with talks with the Icelandic president.',
    ]);
    expect(ofKind(r, 'duration')).toEqual([]);
  });

  it('does not compare durations of differently named things, but does compare the same thing', () => {
    const r = analyse([
      'The two ministers met in Tromso for a three-hour meeting before the summit.',
      'The two ministers met in Tromso for a two-day summit.',
      'The two ministers met in Tromso for a five-hour meeting before the summit.',
    ]);
    const durations = ofKind(r, 'duration');
    expect(durations.map((d) => d.variants.map((v) => v.text))).toEqual([['180 min', '300 min']]);
  });

  it('pairs two figures of one sentence in order: only the second time disagrees', () => {
    const r = analyse([
      'The Kestrel Island ferry service ran from 6.40pm until 9pm on Saturday, the operator said.',
      'The Kestrel Island ferry service ran from 6.40pm until 9pm on Saturday, according to the operator.',
      'The Kestrel Island ferry service ran from 6.40pm until 10pm on Saturday, the operator said.',
    ]);
    const times = ofKind(r, 'time');
    expect(times.map((d) => d.variants.map((v) => [v.text, v.sourceIds]))).toEqual([
      [
        ['21:00', [1, 2]],
        ['22:00', [3]],
      ],
    ]);
  });
});
