import { describe, expect, it } from 'vitest';
import type { AlignedClaim } from '../types';
import { alignClaims } from './alignClaims';
import { claimOf, sentence, sources } from './fixtures';
import { STORY } from './testStory';

/** Unrelated filler, so IDF weights behave as in a real project rather than a two-line one. */
const FILLER_A = STORY.slice(0, 12);
const FILLER_B = STORY.slice(20, 32);

/** Aligns `a` (source 0) against `b` (source 1), each among filler; true when they share a claim. */
function together(a: string, b: string): boolean {
  const claims = alignClaims(sources([a, ...FILLER_A], [b, ...FILLER_B]));
  return claimOf(claims, 0, 0) === claimOf(claims, 1, 0);
}

describe('alignClaims: paraphrases', () => {
  const pairs: Array<[string, string, string]> = [
    [
      'active and passive',
      'The harbour authority closed the northern pier after the storm on Thursday.',
      'The northern pier was closed by the harbour authority on Thursday after the storm.',
    ],
    [
      'synonym-spun',
      'Officials expected the meeting to produce a joint statement on trade.',
      'Officers anticipated the assembly to produce a joint announcement on commerce.',
    ],
    [
      'translation-like word order',
      'The mayor of Lisbon announced on Tuesday a plan to build new homes near the river.',
      'Announced the mayor of Lisbon, on Tuesday, the plan of building brand new homes close to the river.',
    ],
    [
      'spinner verbs',
      'The governor will visit the flooded villages next week, a spokesman said.',
      'A spokesman stated that the governor is going to go to the flooded villages next week.',
    ],
    [
      'spinner adjectives',
      'A video showed soaring food prices in the capital markets.',
      'Footage showed hovering food prices in the capital markets.',
    ],
  ];
  for (const [kind, a, b] of pairs) {
    it(`aligns ${kind}`, () => {
      expect(together(a, b)).toBe(true);
    });
  }

  it('aligns the same claim with a different figure', () => {
    expect(together('The meeting lasted 35 minutes.', 'The talks went on for five hours.')).toBe(true);
    expect(
      together(
        'Rescuers pulled 212 passengers from the sinking ferry, the coast guard said.',
        'The coast guard said rescuers pulled 190 passengers from the sinking ferry.',
      ),
    ).toBe(true);
  });

  it('aligns the same claim when extracted values differ but are of one kind', () => {
    const a = { ...sentence(0, 0, 'The summit lasted 35 minutes.'), values: ['duration:35'] };
    const b = { ...sentence(1, 0, 'The summit lasted five hours.'), values: ['duration:300'] };
    const claims = alignClaims([a, b, ...sources([], FILLER_B).map((s) => ({ ...s, sourceId: 2 }))]);
    expect(claimOf(claims, 0, 0)).toBe(claimOf(claims, 1, 0));
  });

  it('keeps unrelated sentences apart', () => {
    expect(
      together('Heavy rain flooded the stadium before the cup final.', 'The central bank raised interest rates by half a point.'),
    ).toBe(false);
    expect(
      together('The senator resigned after the bribery scandal.', 'Scientists found water ice near the lunar south pole.'),
    ).toBe(false);
  });
});

describe('alignClaims: grouping', () => {
  const spunA = 'The airline cancelled all flights to the island because of the volcano.';
  const spunB = 'Because of the volcano the airline cancelled every flight to the island.';
  const spunC = 'All flights to the island were cancelled by the airline due to the volcano eruption.';

  it('puts at most one sentence per source in a claim, the best match', () => {
    const input = sources(
      [spunA, 'The airline cancelled some flights to the island last winter because of snow.', ...FILLER_A],
      [spunB, ...FILLER_B],
      [spunC],
    );
    const claims = alignClaims(input);
    for (const claim of claims) {
      const ids = claim.members.map((m) => m.sourceId);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const claim = claimOf(claims, 1, 0);
    expect(claim?.members).toEqual([
      { sourceId: 0, index: 0 },
      { sourceId: 1, index: 0 },
      { sourceId: 2, index: 0 },
    ]);
  });

  it('lets a source that repeats itself appear twice', () => {
    const caption = 'Rescue workers search the rubble of the collapsed school in Ravenna.';
    const claims = alignClaims(sources([caption, ...FILLER_A.slice(0, 4), caption], [caption, ...FILLER_B]));
    expect(claimOf(claims, 0, 0)?.members).toEqual([
      { sourceId: 0, index: 0 },
      { sourceId: 0, index: 5 },
      { sourceId: 1, index: 0 },
    ]);
  });

  it('makes unmatched sentences single-member claims and covers every sentence once', () => {
    const input = sources([spunA, 'Nothing else here resembles anything.'], [spunB]);
    const claims = alignClaims(input);
    expect(claims.flatMap((c) => c.members)).toHaveLength(input.length);
    const lonely = claimOf(claims, 0, 1);
    expect(lonely?.members).toHaveLength(1);
    expect(lonely?.cohesion).toBe(1);
  });

  it('orders claims by the median position of their members and reports cohesion in 0–1', () => {
    const claims = alignClaims(sources([...STORY.slice(0, 10)], [...STORY.slice(0, 10)]));
    const firsts = claims.map((c) => c.members[0]?.index ?? -1);
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    for (const c of claims) {
      expect(c.cohesion).toBeGreaterThan(0);
      expect(c.cohesion).toBeLessThanOrEqual(1);
    }
    expect(claims).toHaveLength(10);
  });

  it('is deterministic whatever the order of sources and sentences', () => {
    const input = sources([spunA, ...FILLER_A], [spunB, ...FILLER_B], [spunC, ...FILLER_A.slice(3)]);
    const shuffled = [...input].reverse();
    shuffled.push(...shuffled.splice(0, 7));
    const a: AlignedClaim[] = alignClaims(input);
    expect(alignClaims(shuffled)).toEqual(a);
    expect(alignClaims(input)).toEqual(a);
  });

  it('accepts an empty input and a minSimilarity option', () => {
    expect(alignClaims([])).toEqual([]);
    const input = sources([spunA], [spunB]);
    expect(alignClaims(input, { minSimilarity: 1.5 })).toHaveLength(2);
    expect(alignClaims(input, { minSimilarity: 0.05 })).toHaveLength(1);
  });
});
