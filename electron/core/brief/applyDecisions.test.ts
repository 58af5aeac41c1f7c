import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../shared/domain/analysis';
import { applyReplacements, replacementsFor } from './applyDecisions';

const decided = (id: string, reading: string, variants: string[], quotes: string[] = []): Discrepancy => ({
  id,
  kind: 'name',
  status: 'decided',
  summary: '',
  suggested: null,
  confidence: 1,
  reasons: [],
  variants: variants.map((text, i) => ({ text, sourceIds: [i + 1], excerpts: quotes[i] ? [{ sourceId: i + 1, start: 0, end: quotes[i]!.length, quote: quotes[i]! }] : [] })),
  decision: { discrepancyId: id, status: 'decided', reading, note: null, evidenceUrl: null, decidedAt: '2026-01-01T00:00:00Z' },
});

describe('applying decisions to compiled text', () => {
  it('writes the decided reading over every other reading and its quoted excerpts, as whole words', () => {
    const r = replacementsFor([decided('n1', 'Qin Gang', ['Qin Gang', 'Chen Gang']), decided('d1', '35 minutes', ['35 minutes', '5 hours'], ['', 'five hours'])]);
    const out = applyReplacements('Chen Gang said the rescue took five hours; Chen Gangs is not him. Chen accepted.', r);
    expect(out.text).toBe('Qin Gang said the rescue took 35 minutes; Qin Gangs is not him. Qin accepted.');
    expect(out.applied.sort()).toEqual(['d1', 'n1']);
  });

  it('replaces a wrong reading that contains the decided one (120 decided as 12)', () => {
    const r = replacementsFor([{ ...decided('p', '12', ['12', '120']), kind: 'number' }]);
    expect(applyReplacements('It carried 120 passengers, not 12.', r).text).toBe('It carried 12 passengers, not 12.');
  });

  it('leaves text that already reads as the decision alone, and ignores open or dismissed discrepancies', () => {
    const open = { ...decided('o', 'X', ['Y']), status: 'open' as const, decision: null };
    const r = replacementsFor([decided('n', 'Qin Gang', ['Qin']), open]);
    expect(applyReplacements('Qin Gang met Qin and Y.', r).text).toBe('Qin Gang met Qin Gang and Y.');
  });
});
