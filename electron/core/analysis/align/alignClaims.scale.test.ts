/** 200 outlets × 40 sentences of one spun story: time it, and check the claims come out whole. */
import { describe, expect, it } from 'vitest';
import type { AlignableSentence } from '../types';
import { alignClaims } from './alignClaims';
import { sentence } from './fixtures';
import { outletVersion } from './testStory';

const OUTLETS = 200;

describe('alignClaims at scale', () => {
  it(`aligns ${OUTLETS} synthetic sources quickly`, () => {
    const truth = new Map<string, number>();
    const versions = Array.from({ length: OUTLETS }, (_, sourceId) => outletVersion(1000 + sourceId));
    const t0 = performance.now();
    const input: AlignableSentence[] = versions.flatMap((version, sourceId) =>
      version.map(({ claim, text }, index) => {
        truth.set(`${sourceId}:${index}`, claim);
        return sentence(sourceId, index, text);
      }),
    );
    const t1 = performance.now();
    const claims = alignClaims(input);
    const t2 = performance.now();

    // Purity: the share of members that belong to their claim's majority story sentence.
    let agreeing = 0;
    let members = 0;
    for (const claim of claims) {
      const counts = new Map<number, number>();
      for (const m of claim.members) {
        const c = truth.get(`${m.sourceId}:${m.index}`) ?? -1;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      agreeing += Math.max(...counts.values());
      members += claim.members.length;
    }
    const big = claims.filter((c) => c.members.length >= OUTLETS / 2).length;
    // eslint-disable-next-line no-console
    console.log(
      `scale: ${input.length} sentences from ${OUTLETS} sources; contentTerms ${(t1 - t0).toFixed(0)} ms (cached per distinct text), ` +
        `alignClaims ${(t2 - t1).toFixed(0)} ms; ${claims.length} claims, ${big} with ≥${OUTLETS / 2} members, purity ${(agreeing / members).toFixed(3)}`,
    );
    expect(t2 - t1).toBeLessThan(20_000);
    expect(agreeing / members).toBeGreaterThan(0.95);
    expect(big).toBeGreaterThanOrEqual(30);
  });
});
