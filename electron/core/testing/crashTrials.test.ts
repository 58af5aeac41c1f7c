import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/projectSession';
import { annotateCrashTrial, annotateDuration, crashTrial } from './crashTrials';
import { newProject } from './fixtures';

describe('a writer killed with SIGKILL', () => {
  it('loses no acknowledged write and leaves a project that passes its checks, in 5 trials', async () => {
    const project = newProject('Crash trials');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await crashTrial(project));
    for (const r of results) {
      expect(r.checkOk).toBe(true);
      expect(r.found).toBeGreaterThanOrEqual(r.acknowledged);
    }
    // Writes kept coming across the trials (each writer added to the same file).
    expect(results.at(-1)!.found).toBeGreaterThan(results[0]!.acknowledged);
  }, 180_000);

  it('never loses an annotation `copydesk annotate` acknowledged, killed at random moments, in 5 trials', async () => {
    const project = newProject('Annotate crash trials');
    const session = ProjectSession.open(project);
    const { source } = await session.importArticle({ kind: 'paste', text: 'Quay reopens\n\nThe harbour quay reopened on Monday after six weeks of repairs.' });
    await session.close();
    // Killed anywhere from mid-way through a run to just after one would end.
    const full = await annotateDuration(project, source.id, 'six weeks of repairs');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await annotateCrashTrial(project, source.id, 'six weeks of repairs', { fromMs: full * 0.6, toMs: full * 1.15 }));
    for (const r of results) {
      expect(r.checkOk).toBe(true);
      expect(r.found).toBe(true);
    }
    // eslint-disable-next-line no-console
    console.log(`annotate crash trials: ${results.map((r) => `${r.killedAfterMs} ms → ${r.printedId === null ? 'killed before acknowledging' : `id ${r.printedId} kept`}`).join('; ')}`);
  }, 180_000);
});
