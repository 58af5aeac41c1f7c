// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import type { Decision, Discrepancy } from '../../../shared/domain/analysis';
import type { Transport } from '../../../shared/api/transport';
import { ApiProvider } from '../api/ApiContext';
import { FeedbackProvider } from '../feedback/FeedbackContext';
import { UndoProvider, useUndo } from '../undo/UndoContext';
import { useDecide } from './useDecide';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A backend that stores decisions the way the real one does (status, reading, note, evidence). */
function fakeBackend() {
  const decisions = new Map<string, Decision>();
  const calls: unknown[] = [];
  const transport: Transport = {
    async invoke(method, input) {
      calls.push(input);
      if (method !== 'discrepancies.decide') return { ok: false, error: { code: 'NOT_FOUND', message: 'no' } };
      const { id, action, reading, note, evidenceUrl } = input as { id: string; action: string; reading?: string; note?: string | null; evidenceUrl?: string | null };
      if (id === 'gone') return { ok: false, error: { code: 'NOT_FOUND', message: 'There is no discrepancy gone in the current analysis.' } };
      if (action === 'reopen') decisions.delete(id);
      else decisions.set(id, { discrepancyId: id, status: action === 'dismiss' ? 'dismissed' : 'decided', reading: reading ?? null, note: note ?? null, evidenceUrl: evidenceUrl ?? null, decidedAt: 'now' });
      return { ok: true, value: null };
    },
    onEvent: () => () => undefined,
  };
  return { transport, decisions, calls };
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

/** Renders the hook in the providers the desk gives it; returns what it exposes. */
async function harness(transport: Transport) {
  const touched: string[] = [];
  const out: { decide?: ReturnType<typeof useDecide>; undo?: ReturnType<typeof useUndo> } = {};
  function Probe() {
    out.decide = useDecide((id) => touched.push(id));
    out.undo = useUndo();
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => {
    root.render(
      <ApiProvider client={new ApiClient(transport)}>
        <FeedbackProvider>
          <UndoProvider>
            <Probe />
          </UndoProvider>
        </FeedbackProvider>
      </ApiProvider>,
    );
  });
  mounted.push(root);
  return { out: out as Required<typeof out>, touched };
}

const mounted: Array<ReturnType<typeof createRoot>> = [];
afterEach(() => {
  for (const root of mounted.splice(0)) act(() => root.unmount());
  document.body.innerHTML = '';
});

describe('deciding with undo', () => {
  it('undoing a first decision reopens the discrepancy; redo decides it again', async () => {
    const { transport, decisions } = fakeBackend();
    const { out, touched } = await harness(transport);
    expect(await act(() => out.decide(base, { action: 'pick', reading: 'Qin Gang', note: null, evidenceUrl: null }))).toBe(true);
    expect(decisions.get('name-qin')?.reading).toBe('Qin Gang');
    const undone = await act(() => out.undo.undo());
    expect(undone?.label).toBe('picked ‘Qin Gang’');
    expect(decisions.has('name-qin')).toBe(false);
    await act(() => out.undo.redo());
    expect(decisions.get('name-qin')?.status).toBe('decided');
    expect(touched).toEqual(['name-qin', 'name-qin']);
  });

  it('undoing a change of mind puts the earlier decision back with its note and evidence', async () => {
    const { transport, decisions } = fakeBackend();
    const { out } = await harness(transport);
    const earlier: Decision = { discrepancyId: 'name-qin', status: 'decided', reading: 'Qin Gang', note: 'Ministry list', evidenceUrl: 'https://example.org/list', decidedAt: 'then' };
    decisions.set('name-qin', earlier);
    await act(() => out.decide({ ...base, status: 'decided', decision: earlier }, { action: 'dismiss', note: null, evidenceUrl: null }));
    expect(decisions.get('name-qin')?.status).toBe('dismissed');
    await act(() => out.undo.undo());
    const { decidedAt: _ignored, ...restored } = decisions.get('name-qin')!;
    const { decidedAt: _then, ...before } = earlier;
    expect(restored).toEqual(before);
  });

  it('a decision the backend refuses is reported, not put on the undo history', async () => {
    const { transport } = fakeBackend();
    const { out } = await harness(transport);
    expect(await act(() => out.decide({ ...base, id: 'gone' }, { action: 'dismiss' }))).toBe(false);
    expect(out.undo.canUndo).toBe(false);
    expect(document.body.querySelector('[role="alert"]')?.textContent).toContain('That decision was not saved: There is no discrepancy gone');
  });
});
