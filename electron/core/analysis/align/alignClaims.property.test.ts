import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignableSentence } from '../types';
import { alignClaims } from './alignClaims';
import { similarity } from './similarity';
import { buildVectors } from './vectors';

const VOCAB = ['meet', 'visit', 'say', 'port', 'ship', 'storm', 'bank', 'rate', 'flood', 'mayor', '5', '35', 'hour'];
const NAMES = ['kovacs', 'lenz', 'marossa'];
const VALUES = ['duration:35', 'duration:300', 'number:5', 'weekday:monday'];

const sentenceArb = fc.record({
  sourceId: fc.integer({ min: 0, max: 5 }),
  terms: fc.array(fc.constantFrom(...VOCAB), { maxLength: 6 }),
  names: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
  values: fc.array(fc.constantFrom(...VALUES), { maxLength: 2 }),
});

/** Numbers sentences within each source, so (sourceId, index) is unique as in a real project. */
function number(raw: Array<Omit<AlignableSentence, 'index' | 'text'>>): AlignableSentence[] {
  const next = new Map<number, number>();
  return raw.map((s) => {
    const index = next.get(s.sourceId) ?? 0;
    next.set(s.sourceId, index + 1);
    return { ...s, index, text: s.terms.join(' ') };
  });
}

describe('alignClaims properties', () => {
  it('never throws, covers every sentence once, and keeps sources distinct unless repeats', () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (raw, min) => {
        const input = number(raw);
        const claims = alignClaims(input, { minSimilarity: min });
        const seen = claims.flatMap((c) => c.members.map((m) => `${m.sourceId}:${m.index}`));
        expect(seen.sort()).toEqual(input.map((s) => `${s.sourceId}:${s.index}`).sort());
        // Same canonical order as the aligner, to look up how alike two repeats are.
        const sorted = [...input].sort((a, b) => a.sourceId - b.sourceId || a.index - b.index);
        const v = buildVectors(sorted);
        const at = (sourceId: number, index: number): number =>
          sorted.findIndex((s) => s.sourceId === sourceId && s.index === index);
        for (const claim of claims) {
          expect(claim.cohesion).toBeGreaterThanOrEqual(0);
          expect(claim.cohesion).toBeLessThanOrEqual(1);
          for (let p = 0; p < claim.members.length; p++)
            for (let q = p + 1; q < claim.members.length; q++) {
              const a = claim.members[p];
              const b = claim.members[q];
              if (!a || !b || a.sourceId !== b.sourceId) continue;
              expect(similarity(v, at(a.sourceId, a.index), at(b.sourceId, b.index), false)).toBeGreaterThanOrEqual(0.9);
            }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same claims for any order of the input', () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { maxLength: 30 }).chain((raw) => {
        const input = number(raw);
        return fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length }));
      }), ([input, shuffled]) => {
        expect(alignClaims(shuffled)).toEqual(alignClaims(input));
      }),
      { numRuns: 200 },
    );
  });
});
