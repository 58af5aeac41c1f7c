import { describe, expect, it } from 'vitest';
import { extractMentions } from './mentions';

/** [kind, text, role] triples, the shape the assertions read best in. */
const triples = (s: string) => extractMentions(s).map((m) => [m.kind, m.text, m.role]);

describe('extractMentions: people and their roles', () => {
  it('takes a capitalised title before the name', () => {
    expect(triples('Transport Minister Darius Feldane visited the pier.')).toContainEqual(['person', 'Darius Feldane', 'Transport Minister']);
    expect(triples('The delegation met Norwegian President Lena Ostrova on Friday.')).toContainEqual(['person', 'Lena Ostrova', 'Norwegian President']);
  });

  it('keeps "of"/"to" phrases inside the title and leaves the name alone', () => {
    expect(triples('US Secretary of State Ana Holm arrived late.')).toContainEqual(['person', 'Ana Holm', 'US Secretary of State']);
    expect(triples('He greeted Norwegian Ambassador to Chile Jonas Brandt warmly.')).toContainEqual(['person', 'Jonas Brandt', 'Norwegian Ambassador to Chile']);
    expect(triples('Officials briefed the Minister of Foreign Affairs Pia Lund.')).toContainEqual(['person', 'Pia Lund', 'Minister of Foreign Affairs']);
  });

  it('takes a lower-case title before the name, with or without a comma', () => {
    expect(triples('Harbour master Ilse Marten closed the port.')).toEqual([['person', 'Ilse Marten', 'Harbour master']]);
    expect(triples('The meeting with the deputy transport minister, Darius Feldane, lasted an hour.')).toEqual([
      ['person', 'Darius Feldane', 'deputy transport minister'],
    ]);
    expect(triples('A statement by the ministry’s spokeswoman Pia Lund followed.')).toContainEqual(['person', 'Pia Lund', 'spokeswoman']);
  });

  it('takes a title that stands before the name across a comma', () => {
    expect(triples('Kessel Ferries Chief, Oskar Velde, resigned.')).toContainEqual(['person', 'Oskar Velde', 'Kessel Ferries Chief']);
  });

  it('takes a role from an appositive after the name', () => {
    expect(triples('Ilse Marten, the harbour master, said the pier was shut.')).toContainEqual(['person', 'Ilse Marten', 'harbour master']);
    expect(triples('Jonas Brandt, Norway’s envoy to Chile, declined to comment.')).toContainEqual(['person', 'Jonas Brandt', 'Norway’s envoy to Chile']);
  });

  it('does not read a list of people as an appositive', () => {
    const out = triples('Ilse Marten, Transport Minister Darius Feldane and others attended.');
    expect(out).toContainEqual(['person', 'Ilse Marten', null]);
    expect(out).toContainEqual(['person', 'Darius Feldane', 'Transport Minister']);
  });

  it('extends a title over "former" and keeps honorifics out of the name', () => {
    expect(triples('They invited former President Lena Ostrova.')).toContainEqual(['person', 'Lena Ostrova', 'former President']);
    expect(triples('The report was signed by Mr. Feldane.')).toContainEqual(['person', 'Feldane', null]);
  });

  it('joins hyphenated titles and name particles', () => {
    expect(triples('Secretary-General Ana van Dijk spoke first.')).toContainEqual(['person', 'Ana van Dijk', 'Secretary-General']);
  });

  it('reports a title with no name after it as nothing', () => {
    expect(triples('The Transport Minister said nothing.')).toEqual([]);
  });
});

describe('extractMentions: sentence starts', () => {
  it('accepts a proper noun that starts the sentence', () => {
    expect(triples('Feldane met Marten on Monday.')).toEqual([['person', 'Feldane', null], ['person', 'Marten', null]]);
  });

  it('rejects capitalised common words at the start', () => {
    expect(triples('Officials said the ferry was late.')).toEqual([]);
    expect(triples('However, the ferry was late.')).toEqual([]);
  });

  it('treats the word after an opening quotation mark as a sentence start', () => {
    expect(triples('“Residents were warned,” Marten said.')).toEqual([['person', 'Marten', null]]);
  });

  it('splits words glued by a lost space', () => {
    expect(triples('He met Ilse MartenAfterwards the talks resumed.')).toContainEqual(['person', 'Ilse Marten', null]);
  });
});

describe('extractMentions: organisations and places', () => {
  it('finds organisations by their head word', () => {
    const out = triples('The Kessel City Council fined Harbour Ferries Ltd and the Coastal Agency.');
    expect(out).toContainEqual(['organisation', 'Kessel City Council', null]);
    expect(out).toContainEqual(['organisation', 'Harbour Ferries Ltd', null]);
    expect(out).toContainEqual(['organisation', 'Coastal Agency', null]);
  });

  it('keeps "of" inside organisation and place names', () => {
    const out = triples('Pia Lund of the Ministry of Transport spoke at the Great Hall of the Fishers.');
    expect(out).toContainEqual(['organisation', 'Ministry of Transport', null]);
    expect(out).toContainEqual(['place', 'Great Hall of the Fishers', null]);
  });

  it('takes all-caps acronyms as organisations', () => {
    expect(triples('The ferry operator told KFTV it would appeal.')).toContainEqual(['organisation', 'KFTV', null]);
  });

  it('finds places by cue words, prefixes, the gazetteer and prepositions', () => {
    const out = triples('The ferry left Port Alva for Kessel Bay, then sailed to Oslo and docked in Vester Haven near China.');
    expect(out).toContainEqual(['place', 'Port Alva', null]);
    expect(out).toContainEqual(['place', 'Kessel Bay', null]);
    expect(out).toContainEqual(['place', 'Oslo', null]);
    expect(out).toContainEqual(['place', 'Vester Haven', null]);
    expect(out).toContainEqual(['place', 'China', null]);
  });

  it('reads "from X" as a person when nothing says travel', () => {
    expect(triples('The ministry accepted an invitation from Feldane.')).toContainEqual(['person', 'Feldane', null]);
  });

  it('does not split "US-Norway" into a name, and keeps the countries', () => {
    const out = triples('The US-Norway talks resumed.');
    expect(out).toContainEqual(['place', 'US', null]);
    expect(out).toContainEqual(['place', 'Norway', null]);
  });
});

describe('extractMentions: offsets', () => {
  it('gives exact offsets relative to the sentence', () => {
    const s = '  “Fine,” said  Harbour master Ilse Marten of Kessel Ferries.';
    for (const m of extractMentions(s)) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(extractMentions(s).map((m) => m.text)).toEqual(['Ilse Marten', 'Kessel Ferries']);
  });

  it('returns nothing for text without capitals', () => {
    expect(extractMentions('the ferry was late again.')).toEqual([]);
    expect(extractMentions('')).toEqual([]);
  });
});
