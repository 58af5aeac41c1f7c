import { describe, expect, it } from 'vitest';
import type { ClaimResult, Discrepancy } from '../../../../shared/domain/analysis';
import { conflictsByClaim, factsDiffer, factsOf } from './conflicts';

const claims: ClaimResult[] = [
  { id: 'count', text: '', sourceIds: [1, 2], members: [{ sourceId: 1, start: 0, end: 50 }, { sourceId: 2, start: 10, end: 60 }] },
  { id: 'other', text: '', sourceIds: [1, 2], members: [{ sourceId: 1, start: 51, end: 90 }, { sourceId: 2, start: 61, end: 100 }] },
  { id: 'only', text: '', sourceIds: [1], members: [{ sourceId: 1, start: 91, end: 120 }] },
];

/** A discrepancy whose variants are given as lists of [sourceId, start, end] excerpts. */
function discrepancy(kind: Discrepancy['kind'], ...variants: Array<Array<[number, number, number]>>): Discrepancy {
  return {
    id: `${kind}-1`, kind, status: 'open', summary: '', suggested: null, confidence: 0.5, reasons: [], decision: null,
    variants: variants.map((excerpts) => ({
      text: 'x',
      sourceIds: excerpts.map(([sourceId]) => sourceId),
      excerpts: excerpts.map(([sourceId, start, end]) => ({ sourceId, start, end, quote: 'x' })),
    })),
  };
}

describe('rows with conflicts', () => {
  it('finds the claim that holds a flagged excerpt, by source and offsets', () => {
    const conflicts = conflictsByClaim(claims, [discrepancy('number', [[1, 20, 23]], [[2, 30, 33]]), discrepancy('name', [[2, 70, 80]])]);
    expect(conflicts.get('count')?.kinds).toEqual(['number']);
    expect(conflicts.get('other')?.kinds).toEqual(['name']);
    expect(conflicts.has('only')).toBe(false);
  });

  it('marks the sources that give the odd reading out, not the ones that agree', () => {
    const three: ClaimResult = { id: 'three', text: '', sourceIds: [1, 2, 3], members: [1, 2, 3].map((sourceId) => ({ sourceId, start: 200, end: 260 })) };
    const name = discrepancy('name', [[1, 210, 221], [2, 210, 221]], [[3, 210, 221]]);
    expect(conflictsByClaim([three], [name]).get('three')?.outliers).toEqual(new Map([[3, ['name']]]));
    // A tie (one source each way): both are odd.
    const tie = discrepancy('number', [[1, 230, 233]], [[3, 230, 233]]);
    expect([...conflictsByClaim([three], [tie]).get('three')!.outliers.keys()].sort()).toEqual([1, 3]);
  });

  it('does not count a single-source claim, or a flag the editor dismissed, as a conflict', () => {
    expect(conflictsByClaim(claims, [discrepancy('single-source', [[1, 91, 120]])]).size).toBe(0);
    const dismissed = { ...discrepancy('number', [[1, 20, 23]], [[2, 30, 33]]), status: 'dismissed' as const };
    expect(conflictsByClaim(claims, [dismissed]).size).toBe(0);
  });

  it('reads figures, weekdays and months, whatever the notation', () => {
    const facts = factsOf('It left at 6.40pm on Tuesday, 17 March, with three crew');
    expect([...facts.figures].sort()).toEqual(['17', '3', '40', '6']);
    expect([...facts.weekdays]).toEqual(['tuesday']);
    expect([...facts.months]).toEqual(['march']);
    expect(factsOf('at 7:15 p.m.').figures).toEqual(factsOf('about 7.15pm').figures);
  });

  it('calls cells different when each gives a figure the other does not', () => {
    expect(factsDiffer(['with 221 passengers and 14 crew aboard', 'with 212 passengers on board plus 14 crew'])).toBe(true);
    expect(factsDiffer(['took everyone off in 35 minutes', 'the evacuation took five hours'])).toBe(true);
    expect(factsDiffer(['ran aground on Tuesday evening', 'ran aground on Wednesday night'])).toBe(true);
  });

  it('does not call a sentence that leaves a detail out, or words it otherwise, a conflict', () => {
    expect(factsDiffer(['gusts of up to 90 km/h', 'left at 6.40pm with gusts of 90km/h'])).toBe(false);
    expect(factsDiffer(['Harbour master Ilse Marten praised the crew.', 'Harbour master Ilse Martin said the crew did a very good job.'])).toBe(false);
    expect(factsDiffer(['on Tuesday', 'gusts of 90 km/h'])).toBe(false);
    expect(factsDiffer(['212 passengers'])).toBe(false);
  });
});
