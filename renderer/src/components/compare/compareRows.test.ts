import { describe, expect, it } from 'vitest';
import type { ClaimResult, Discrepancy } from '../../../../shared/domain/analysis';
import { buildRows, cellText, hasConflict } from './compareRows';

const texts = new Map<number, string>([
  [1, 'The ferry carried 212 passengers. Harbour master Ilse Marten praised the crew. Nobody was hurt.'],
  [2, 'Ilse Marten praised the crew. It carried 221 passengers. Nobody was hurt.'],
  [3, 'The ferry carried 212 passengers. Nobody was hurt.'],
]);
const at = (sourceId: number, quote: string) => {
  const start = texts.get(sourceId)!.indexOf(quote);
  return { sourceId, start, end: start + quote.length };
};
const claims: ClaimResult[] = [
  { id: 'hurt', text: 'Nobody was hurt.', sourceIds: [1, 2, 3], members: [at(1, 'Nobody was hurt.'), at(2, 'Nobody was hurt.'), at(3, 'Nobody was hurt.')] },
  { id: 'marten', text: 'Harbour master Ilse Marten praised the crew.', sourceIds: [1, 2], members: [at(2, 'Ilse Marten praised the crew.'), at(1, 'Harbour master Ilse Marten praised the crew.')] },
  { id: 'count', text: 'The ferry carried 212 passengers.', sourceIds: [1, 2, 3], members: [at(1, 'The ferry carried 212 passengers.'), at(2, 'It carried 221 passengers.'), at(3, 'The ferry carried 212 passengers.')] },
];

describe('building the compare rows', () => {
  const rows = buildRows({ claims, discrepancies: [] });

  it('orders rows by the story and gives each source its sentence, or none', () => {
    expect(rows.map((r) => r.claim.id)).toEqual(['count', 'marten', 'hurt']);
    const marten = rows[1]!;
    expect(cellText(marten.cells.get(2), texts.get(2))).toBe('Ilse Marten praised the crew.');
    expect(cellText(marten.cells.get(3), texts.get(3))).toBeNull();
    expect(cellText(marten.cells.get(1), undefined)).toBeNull();
  });

  it('finds conflicts among the shown sources only, from the cells when the analysis flagged none', () => {
    const count = rows[0]!;
    expect(hasConflict(count, [1, 2, 3], texts)).toBe(true);
    expect(hasConflict(count, [1, 3], texts)).toBe(false);
    // Source 2's text has not loaded: its cell cannot disagree yet.
    expect(hasConflict(count, [1, 2, 3], new Map([...texts].filter(([id]) => id !== 2)))).toBe(false);
    expect(hasConflict(rows[2]!, [1, 2, 3], texts)).toBe(false);
  });

  it('marks a row the analysis flagged, whatever the columns', () => {
    const name: Discrepancy = {
      id: 'name-1', kind: 'name', status: 'open', summary: '', suggested: null, confidence: 0.5, reasons: [], decision: null,
      variants: [{ text: 'Ilse Marten', sourceIds: [2], excerpts: [{ ...at(2, 'Ilse Marten'), quote: 'Ilse Marten' }] }],
    };
    const flagged = buildRows({ claims, discrepancies: [name] }).find((r) => r.claim.id === 'marten')!;
    expect(flagged.conflictKinds).toEqual(['name']);
    expect(flagged.outliers.get(2)).toEqual(['name']);
    expect(hasConflict(flagged, [1, 3], texts)).toBe(true);
  });
});
