import { describe, expect, it } from 'vitest';
import { searchSources } from './searchSources';

const sources = [
  { id: 1, text: 'The ferry Aurelia ran aground.\n\nThe FERRY was refloated at dawn.' },
  { id: 2, text: 'Passengers left the ferry by tender.' },
  { id: 3, text: 'No boats here.' },
];

describe('searchSources', () => {
  it('finds every occurrence in every source, ignoring case, with exact offsets', () => {
    const result = searchSources(sources, ' ferry ');
    expect(result.query).toBe('ferry');
    expect(result.total).toBe(3);
    expect(result.hits.map((h) => [h.sourceId, h.start, h.end])).toEqual([
      [1, 4, 9],
      [1, 36, 41],
      [2, 20, 25],
    ]);
    for (const hit of result.hits) {
      const text = sources.find((s) => s.id === hit.sourceId)!.text;
      expect(text.slice(hit.start, hit.end).toLowerCase()).toBe('ferry');
    }
  });

  it('gives a one-line snippet around each hit, marked where it was cut', () => {
    const long = { id: 9, text: `${'word '.repeat(30)}needle\n\nand ${'more '.repeat(30)}` };
    const [hit] = searchSources([long], 'needle').hits;
    expect(hit!.snippet).toMatch(/^….*needle and .*…$/);
    expect(hit!.snippet).not.toContain('\n');
  });

  it('answers nothing for an empty query, and stops listing at the limit while counting all', () => {
    expect(searchSources(sources, '   ')).toEqual({ query: '', hits: [], total: 0 });
    const many = searchSources([{ id: 1, text: 'a '.repeat(50) }], 'a', 10);
    expect(many.hits).toHaveLength(10);
    expect(many.total).toBe(50);
  });

  it('keeps offsets right when lower-casing would change the text length', () => {
    const text = 'İstanbul ferry, then another ferry';
    const hits = searchSources([{ id: 4, text }], 'ferry').hits;
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['ferry', 'ferry']);
  });
});
