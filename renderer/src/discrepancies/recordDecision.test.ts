import { describe, expect, it } from 'vitest';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Decision, Discrepancy } from '../../../shared/domain/analysis';
import { UndoStack } from '../undo/undoStack';
import { recordDecision, type DecisionDeps } from './recordDecision';

/** A backend that stores decisions the way the real one does (status, reading, note, evidence). */
function fakeDesk() {
  const decisions = new Map<string, Decision>();
  const reported: string[] = [];
  const touched: string[] = [];
  const undo = new UndoStack();
  const deps: DecisionDeps = {
    async send(id: string, input: DecisionInput) {
      if (id === 'gone') throw new Error('There is no discrepancy gone in the current analysis.');
      if (input.action === 'reopen') decisions.delete(id);
      else
        decisions.set(id, {
          discrepancyId: id,
          status: input.action === 'dismiss' ? 'dismissed' : 'decided',
          reading: input.action === 'dismiss' ? null : input.reading,
          note: input.note ?? null,
          evidenceUrl: input.evidenceUrl ?? null,
          decidedAt: new Date().toISOString(),
        });
    },
    undo,
    report: (message) => reported.push(message),
    onTouched: (id) => touched.push(id),
    errorMessage: (cause) => (cause as Error).message,
  };
  return { deps, decisions, reported, touched, undo };
}

const base: Discrepancy = {
  id: 'name-qin',
  kind: 'name',
  status: 'open',
  summary: 'Qin Gang / Chen Gang',
  suggested: 'Qin Gang',
  confidence: 0.8,
  reasons: [],
  variants: [
    { text: 'Qin Gang', sourceIds: [1], excerpts: [] },
    { text: 'Chen Gang', sourceIds: [2], excerpts: [] },
  ],
  decision: null,
};

describe('recording decisions with undo', () => {
  it('undoing a first decision reopens the discrepancy; redo decides it again', async () => {
    const { deps, decisions, touched, undo } = fakeDesk();
    expect(await recordDecision(deps, base, { action: 'pick', reading: 'Qin Gang' })).toBe(true);
    expect(decisions.get('name-qin')?.reading).toBe('Qin Gang');
    expect((await undo.undo())?.label).toBe('picked ‘Qin Gang’');
    expect(decisions.has('name-qin')).toBe(false);
    await undo.redo();
    expect(decisions.get('name-qin')).toMatchObject({ status: 'decided', reading: 'Qin Gang' });
    expect(touched).toEqual(['name-qin', 'name-qin']);
  });

  it('undoing a change of mind puts the earlier decision back with its note and evidence', async () => {
    const { deps, decisions, undo } = fakeDesk();
    const earlier: Decision = { discrepancyId: 'name-qin', status: 'decided', reading: 'Qin Gang', note: 'Ministry list', evidenceUrl: 'https://example.org/list', decidedAt: 'then' };
    decisions.set('name-qin', earlier);
    await recordDecision(deps, { ...base, status: 'decided', decision: earlier }, { action: 'dismiss', note: null, evidenceUrl: null });
    expect(decisions.get('name-qin')?.status).toBe('dismissed');
    await undo.undo();
    const { decidedAt: _now, ...restored } = decisions.get('name-qin')!;
    const { decidedAt: _then, ...before } = earlier;
    expect(restored).toEqual(before);
  });

  it('a decision the backend refuses is reported, not put on the undo history', async () => {
    const { deps, reported, undo } = fakeDesk();
    expect(await recordDecision(deps, { ...base, id: 'gone' }, { action: 'dismiss' })).toBe(false);
    expect(undo.canUndo).toBe(false);
    expect(reported).toEqual(['That decision was not saved: There is no discrepancy gone in the current analysis.']);
  });
});
