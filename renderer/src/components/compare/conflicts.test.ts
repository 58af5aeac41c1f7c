import { describe, expect, it } from 'vitest';
import type { ClaimResult, Discrepancy } from '../../../../shared/domain/analysis';
import { conflictKindsByClaim, factsDiffer, factsOf } from './conflicts';

const claims: ClaimResult[] = [
  { id: 'count', text: '', sourceIds: [1, 2], members: [{ sourceId: 1, start: 0, end: 50 }, { sourceId: 2, start: 10, end: 60 }] },
  { id: 'other', text: '', sourceIds: [1, 2], members: [{ sourceId: 1, start: 51, end: 90 }, { sourceId: 2, start: 61, end: 100 }] },
  { id: 'only', text: '', sourceIds: [1], members: [{ sourceId: 1, start: 91, end: 120 }] },
];

function discrepancy(kind: Discrepancy['kind'], excerpts: Array<[number, number, number]>): Discrepancy {
  return {
    id: `${kind}-1`, kind, status: 'open', summary: '', suggested: null, confidence: 0.5, reasons: [], decision: null,
    variants: excerpts.map(([sourceId, start, end]) => ({ text: 'x', sourceIds: [sourceId], excerpts: [{ sourceId, start, end, quote: 'x' }] })),
  };
}

describe('rows with conflicts', () => {
  it('finds the claim that holds a flagged excerpt, by source and offsets', () => {
    const kinds = conflictKindsByClaim(claims, [discrepancy('number', [[1, 20, 23], [2, 30, 33]]), discrepancy('name', [[2, 70, 80]])]);
    expect(kinds.get('count')).toEqual(['number']);
    expect(kinds.get('other')).toEqual(['name']);
  });

  it('does not count a single-source claim as a conflict', () => {
    expect(conflictKindsByClaim(claims, [discrepancy('single-source', [[1, 91, 120]])]).size).toBe(0);
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
