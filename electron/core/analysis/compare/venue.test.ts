import { describe, expect, it } from 'vitest';
import { analyse, ofKind } from './fixtures';

describe('venue discrepancies', () => {
  it('reports one event placed at another venue, as a name discrepancy saying Venue', () => {
    const r = analyse([
      'The two fisheries ministers signed the herring agreement at Calder House in Port Arlen on Thursday.',
      'The fisheries ministers signed the new herring agreement at Calder House in Port Arlen on Thursday.',
      'The two fisheries ministers signed the herring agreement at Brennick Palace in Port Arlen on Thursday.',
    ]);
    const venues = ofKind(r, 'name').filter((d) => d.summary.startsWith('Venue'));
    expect(venues.map((d) => d.variants.map((v) => [v.text, v.sourceIds]))).toEqual([
      [
        ['Calder House', [1, 2]],
        ['Brennick Palace', [3]],
      ],
    ]);
    expect(venues[0]?.variants[1]?.excerpts.map((e) => e.quote)).toEqual(['Brennick Palace']);
  });

  it('does not read a city and its country, or a venue and its town, as two venues', () => {
    const r = analyse([
      'The ministers met in Norland on Thursday to sign the herring agreement.',
      'The ministers met in Port Arlen on Thursday to sign the herring agreement.',
      'The ministers met at Calder House in Port Arlen on Thursday to sign the herring agreement.',
    ]);
    expect(ofKind(r, 'name')).toEqual([]);
  });
});
