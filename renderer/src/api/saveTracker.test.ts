import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/result';
import type { Transport } from '../../../shared/api/transport';
import { isSave, SaveTracker, trackSaves } from './saveTracker';

/** A transport whose answers the test releases by hand. */
function heldTransport() {
  const pending: Array<(result: Result<unknown>) => void> = [];
  const transport: Transport = {
    invoke: () => new Promise((resolve) => pending.push(resolve)),
    onEvent: () => () => undefined,
  };
  return { transport, pending };
}

describe('the save tracker', () => {
  it('counts changes, not reads or preferences', () => {
    expect(isSave('discrepancies.decide')).toBe(true);
    expect(isSave('sources.import')).toBe(true);
    expect(isSave('project.rename')).toBe(true);
    expect(isSave('annotations.create')).toBe(true);
    expect(isSave('sources.list')).toBe(false);
    expect(isSave('analysis.get')).toBe(false);
    expect(isSave('sources.search')).toBe(false);
    expect(isSave('prefs.set')).toBe(false);
  });

  it('says saving while a change is in flight, saved when all are done, and keeps a failure until the next success', async () => {
    const { transport, pending } = heldTransport();
    const tracker = new SaveTracker();
    const tracked = trackSaves(transport, tracker);
    const first = tracked.invoke('discrepancies.decide', {});
    const second = tracked.invoke('discrepancies.decide', {});
    void tracked.invoke('sources.list', {});
    expect(tracker.snapshot().inFlight).toBe(2);
    pending[0]!({ ok: true, value: null });
    await first;
    expect(tracker.snapshot()).toMatchObject({ inFlight: 1, failed: null });
    pending[1]!({ ok: false, error: { code: 'READ_ONLY', message: 'This project is open read-only.' } });
    await second;
    expect(tracker.snapshot()).toMatchObject({ inFlight: 0, failed: { code: 'READ_ONLY' } });
    const third = tracked.invoke('project.rename', {});
    pending[3]!({ ok: true, value: null });
    await third;
    expect(tracker.snapshot().failed).toBeNull();
    expect(tracker.snapshot().savedAt).not.toBeNull();
  });
});
