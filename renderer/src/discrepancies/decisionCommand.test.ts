import { describe, expect, it } from 'vitest';
import type { Decision, Discrepancy } from '../../../shared/domain/analysis';
import { describeDecision, restoreInput } from './decisionCommand';

const discrepancy: Discrepancy = {
  id: 'name-qin',
  kind: 'name',
  status: 'open',
  summary: 'Qin Gang / Chen Gang',
  suggested: 'Qin Gang',
  confidence: 0.8,
  reasons: [],
  variants: [
    { text: 'Qin Gang', sourceIds: [1, 2], excerpts: [] },
    { text: 'Chen Gang', sourceIds: [3], excerpts: [] },
  ],
  decision: null,
};

const decided = (over: Partial<Decision>): Decision => ({ discrepancyId: 'name-qin', status: 'decided', reading: 'Qin Gang', note: null, evidenceUrl: null, decidedAt: '2026-01-01T00:00:00Z', ...over });

describe('decisions as undoable commands', () => {
  it('names what the editor did', () => {
    expect(describeDecision({ action: 'pick', reading: 'Qin Gang' }, discrepancy)).toBe('picked ‘Qin Gang’');
    expect(describeDecision({ action: 'correct', reading: 'Qin Gang (foreign minister)' }, discrepancy)).toBe('corrected to ‘Qin Gang (foreign minister)’');
    expect(describeDecision({ action: 'dismiss' }, discrepancy)).toBe('dismissed ‘Qin Gang / Chen Gang’');
    expect(describeDecision({ action: 'reopen' }, discrepancy)).toBe('reopened ‘Qin Gang / Chen Gang’');
  });

  it('undoes a first decision by reopening', () => {
    expect(restoreInput(null, discrepancy)).toEqual({ action: 'reopen' });
  });

  it('puts back an earlier decision with its reading, note and evidence', () => {
    expect(restoreInput(decided({ note: 'Ministry list', evidenceUrl: 'https://example.org/list' }), discrepancy)).toEqual({
      action: 'pick',
      reading: 'Qin Gang',
      note: 'Ministry list',
      evidenceUrl: 'https://example.org/list',
    });
    expect(restoreInput(decided({ reading: 'Qin Gang, the minister' }), discrepancy)).toMatchObject({ action: 'correct', reading: 'Qin Gang, the minister' });
    expect(restoreInput(decided({ status: 'dismissed', reading: null, note: 'Same person' }), discrepancy)).toEqual({ action: 'dismiss', note: 'Same person', evidenceUrl: null });
  });
});
