import { describe, expect, it } from 'vitest';
import { extractQuotations } from './quotations';
import { pairQuoteMarks } from './quoteMarks';

const pairs = (s: string) => extractQuotations(s).map((q) => [q.text, q.speaker]);

describe('extractQuotations: speakers after the quotation', () => {
  it('"…," Name said', () => {
    expect(pairs('“The ferry was late,” Ilse Marten said.')).toEqual([['The ferry was late', 'Ilse Marten']]);
  });

  it('"…," said Name, with a title before the name', () => {
    expect(pairs('"We will reopen the pier," said Transport Minister Darius Feldane.')).toEqual([['We will reopen the pier', 'Darius Feldane']]);
  });

  it('"…," Name, the role, added', () => {
    expect(pairs('“Nobody panicked,” Marten, the harbour master, added.')).toEqual([['Nobody panicked', 'Marten']]);
  });

  it('pronoun and description speakers give null', () => {
    expect(pairs('“It was chaos,” she said.')).toEqual([['It was chaos', null]]);
    expect(pairs('“The ferry left on time,” the harbour master said.')).toEqual([['The ferry left on time', null]]);
    expect(pairs('“Not again,” said he.')).toEqual([['Not again', null]]);
  });

  it('"according to Name" after the quotation', () => {
    expect(pairs('The crossing was “rough”, according to Jonas Brandt.')).toEqual([['rough', 'Jonas Brandt']]);
  });

  it('"according to" a document names no speaker', () => {
    expect(pairs('“This is very good,” according to a transcript.')).toEqual([['This is very good', null]]);
  });
});

describe('extractQuotations: speakers before the quotation', () => {
  it('Name told …: "…"', () => {
    expect(pairs('Ilse Marten told reporters: “Nobody was hurt.”')).toEqual([['Nobody was hurt.', 'Ilse Marten']]);
  });

  it('Name said that … "…" (a partial quotation)', () => {
    expect(pairs('Feldane told Marten that the delay was “regrettable but unavoidable”.')).toEqual([
      ['regrettable but unavoidable', 'Feldane'],
    ]);
  });

  it('Name is heard to say "…"', () => {
    expect(pairs('In the footage Ostrova is heard to say “we agree”.')).toEqual([['we agree', 'Ostrova']]);
  });

  it('According to Name, "…"', () => {
    expect(pairs('According to Darius Feldane, “the schedule stands.”')).toEqual([['the schedule stands.', 'Darius Feldane']]);
  });

  it('He said: "…" gives null', () => {
    expect(pairs('He said: “We are looking into it.”')).toEqual([['We are looking into it.', null]]);
  });

  it('a quotation with no attribution has a null speaker', () => {
    expect(pairs('The word “ferry” has two r’s.')).toEqual([['ferry', null]]);
  });
});

describe('extractQuotations: several quotations and marks', () => {
  it('a quotation split around its attribution', () => {
    expect(pairs('“It was chaos,” Marten said, “but nobody panicked.”')).toEqual([
      ['It was chaos', 'Marten'],
      ['but nobody panicked.', 'Marten'],
    ]);
  });

  it('quotations joined by "and" share a speaker', () => {
    expect(pairs('Lena Ostrova called the talks “frank” and “useful”.')).toEqual([
      ['frank', 'Lena Ostrova'],
      ['useful', 'Lena Ostrova'],
    ]);
  });

  it('guillemets and low-high quotes', () => {
    expect(pairs('Lena Ostrova, the mayor, said «nous verrons» and „wir sehen“ later.')).toEqual([
      ['nous verrons', 'Lena Ostrova'],
      ['wir sehen', 'Lena Ostrova'],
    ]);
  });

  it('ignores unbalanced marks', () => {
    expect(extractQuotations('“Unbalanced quote here, Marten said.')).toEqual([]);
    expect(extractQuotations('Marten called it “a disgrace“ and left.')).toEqual([]);
    expect(extractQuotations('The pier is 6" wide and "open, he said.')).toEqual([]);
  });

  it('a lost opening mark does not pair the wrong words', () => {
    // The first “ has no partner before the second one opens: only the second quotation counts.
    expect(pairs('Marten said “no and Feldane said “yes.”')).toEqual([['yes.', 'Feldane']]);
  });

  it('gives exact offsets of the quoted words', () => {
    const s = 'Then Marten said: “  Keep the pier shut,  ” and left.';
    const [q] = extractQuotations(s);
    expect(q?.text).toBe('Keep the pier shut');
    expect(s.slice(q?.start, q?.end)).toBe(q?.text);
  });

  it('skips empty quotations', () => {
    expect(extractQuotations('He said “” and left.')).toEqual([]);
  });
});

describe('pairQuoteMarks', () => {
  it('pairs straight quotes only at word boundaries', () => {
    expect(pairQuoteMarks('a "b" c "d"')).toEqual([{ open: 2, close: 4 }, { open: 8, close: 10 }]);
    expect(pairQuoteMarks('x"y" z')).toEqual([]);
  });
});
