import { describe, expect, it } from 'vitest';
import { buildDiscrepancy, discrepancyId, independentCount } from './support';
import type { RawVariant } from './support';

const variant = (text: string, ...sourceIds: number[]): RawVariant => ({
  text,
  excerpts: sourceIds.map((sourceId) => ({ sourceId, start: 0, end: text.length, quote: text })),
});

const build = (variants: RawVariant[], nearDup: Map<number, number> = new Map()) =>
  buildDiscrepancy({ kind: 'number', key: 'k', variants, nearDuplicateOf: nearDup, summary: () => 's' });

describe('consensus and support', () => {
  it('counts a source and its near-duplicates once', () => {
    expect(independentCount([1, 2, 3], new Map([[2, 1]]))).toBe(2);
    expect(independentCount([1, 2, 3], new Map([[2, 1], [3, 2]]))).toBe(1);
  });

  it('suggests the variant with the most independent support', () => {
    const d = build([variant('212', 1, 2, 3), variant('221', 4)]);
    expect(d?.suggested).toBe('212');
    expect(d?.confidence).toBe(0.5);
    expect(d?.reasons).toEqual(['3 independent sources against 1']);
  });

  it('does not let reprinted wire copy outvote an independent source', () => {
    // 2 and 3 reprint 1: the reading has one independent source against one.
    const d = build([variant('212', 1, 2, 3), variant('221', 4)], new Map([[2, 1], [3, 1]]));
    expect(d?.suggested).toBeNull();
    expect(d?.confidence).toBe(0);
    expect(d?.reasons).toContain('near-duplicate sources counted once');
  });

  it('emits nothing when all variants agree after normalisation', () => {
    expect(build([variant('Ilse Marten', 1), variant('ILSE MARTEN', 2)])).toBeNull();
  });

  it('hashes ids from content only, whatever the order of variants', () => {
    expect(discrepancyId('name', 'person', ['Ilse Marten', 'Ilse Martin'])).toBe(discrepancyId('name', 'person', ['ilse martin', 'Ilse Marten']));
    expect(discrepancyId('name', 'person', ['A'])).not.toBe(discrepancyId('role', 'person', ['A']));
  });
});

describe('quotation similarity', () => {
  it('tells a rewording from a different remark on the same topic', async () => {
    const { sameQuotation } = await import('./quote');
    const { words } = await import('./text');
    expect(sameQuotation(words('We will rebuild this bridge stronger than before.'), words('We shall rebuild the bridge stronger than ever.'))).toBe(true);
    expect(
      sameQuotation(words('the slow decline of trade ties must be reversed for a healthy and stable market'), words('we should work for a healthy and stable market in trade ties')),
    ).toBe(false);
    // A fragment is not a rewording of the whole.
    expect(sameQuotation(words('stronger than before'), words('We will rebuild this bridge stronger than before, and quickly.'))).toBe(false);
  });
});
