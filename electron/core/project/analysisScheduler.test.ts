import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { AnalysisScheduler } from './analysisScheduler';

/** A run the test finishes by hand, counting how many were started. */
function manualRuns() {
  const runs: Array<{ finish(value: string | null): void; fail(error: Error): void }> = [];
  const runOnce = () =>
    new Promise<string | null>((resolve, reject) => {
      runs.push({ finish: resolve, fail: reject });
    });
  return { runs, runOnce };
}

const tick = (ms = 0) => new Promise((done) => setTimeout(done, ms));

describe('when the analysis runs', () => {
  it('runs once for a burst of changes (debounced)', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 20);
    for (let i = 0; i < 5; i++) scheduler.request();
    await tick(60);
    expect(runs).toHaveLength(1);
    runs[0]!.finish('first');
    await tick(60);
    expect(runs).toHaveLength(1);
    expect(scheduler.running).toBe(false);
  });

  it('runs exactly one follow-up for any number of changes made during a run', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 5);
    scheduler.request();
    await tick(20);
    expect(runs).toHaveLength(1);
    scheduler.request();
    await tick(20);
    scheduler.request();
    await tick(20);
    expect(runs).toHaveLength(1);
    runs[0]!.finish('first');
    await tick(20);
    expect(runs).toHaveLength(2);
    runs[1]!.finish('second');
    await tick(20);
    expect(runs).toHaveLength(2);
  });

  it('joins the run in progress when nothing changed since it started, and waits for the follow-up when something did', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 5);
    const first = scheduler.runNow();
    const joined = scheduler.runNow();
    expect(runs).toHaveLength(1);
    scheduler.request();
    const after = scheduler.runNow();
    runs[0]!.finish('first');
    await expect(first).resolves.toBe('first');
    await expect(joined).resolves.toBe('first');
    await tick();
    expect(runs).toHaveLength(2);
    runs[1]!.finish('second');
    await expect(after).resolves.toBe('second');
    await tick(20);
    expect(runs).toHaveLength(2);
  });

  it('runs again at once when a run dropped its result, and answers with the new one', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 5);
    const result = scheduler.runNow();
    runs[0]!.finish(null);
    await tick();
    expect(runs).toHaveLength(2);
    runs[1]!.finish('fresh');
    await expect(result).resolves.toBe('fresh');
  });

  it('passes a failure to whoever waits, and still runs the follow-up', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 5);
    const failing = scheduler.runNow();
    scheduler.request();
    const next = scheduler.runNow();
    runs[0]!.fail(new Error('worker died'));
    await expect(failing).rejects.toThrow('worker died');
    await tick();
    runs[1]!.finish('recovered');
    await expect(next).resolves.toBe('recovered');
  });

  it('stops on close: no debounced run starts, and a waiting follow-up is refused with NO_PROJECT', async () => {
    const { runs, runOnce } = manualRuns();
    const scheduler = new AnalysisScheduler(runOnce, 5);
    scheduler.runNow().catch(() => undefined);
    scheduler.request();
    const waiting = scheduler.runNow();
    scheduler.close();
    await expect(waiting).rejects.toMatchObject({ code: 'NO_PROJECT' });
    expect(await scheduler.runNow().catch((e: unknown) => e)).toBeInstanceOf(AppError);
    runs[0]!.finish('late');
    await tick(20);
    expect(runs).toHaveLength(1);
  });
});
