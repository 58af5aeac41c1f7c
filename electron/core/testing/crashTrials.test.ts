import { describe, expect, it } from 'vitest';
import { crashTrial } from './crashTrials';
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
});
