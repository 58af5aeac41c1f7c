import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisProgress } from '../../../shared/domain/analysis';
import { analyzeSources, type SourceInput } from '../analysis/analyzeSources';
import { cleanArticle } from '../ingest/applyCleaning';
import { prepareArticle } from '../ingest/prepare';
import { tempDir } from '../testing/fixtures';
import { baseArticles, sampleVariants } from '../testing/sampleVariants';
import { progressPercent } from './analysisService';
import { AnalysisThread } from './analysisThread';

function sources(count: number): SourceInput[] {
  return sampleVariants(count, baseArticles(false)).map((raw, i) => {
    const prepared = prepareArticle('text', raw);
    return { id: i + 1, title: `Copy ${i + 1}`, text: cleanArticle(prepared.text, { captions: prepared.captions }).cleanText, nearDuplicateOf: null };
  });
}

describe('the analysis worker thread', () => {
  it('reports progress in order, source by source, up to 100%, and finds what the main thread finds', async () => {
    const input = sources(4);
    const thread = new AnalysisThread();
    const seen: AnalysisProgress[] = [];
    const result = await thread.analyze(input, (p) => seen.push(p));
    expect(thread.fallbackReason).toBeNull();
    expect(result).toEqual(analyzeSources(input));
    expect(result.discrepancies.length).toBeGreaterThan(0);

    expect(seen.filter((p) => p.stage === 'extract').map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1])).toEqual(['extract', 'align', 'compare']);
    const percents = seen.map(progressPercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);

    // The worker is kept for the next run (the NLP model loads once).
    const again: AnalysisProgress[] = [];
    await thread.analyze(input.slice(0, 2), (p) => again.push(p));
    expect(again.at(-1)).toEqual({ stage: 'compare', done: 1, total: 1 });
    await thread.close();
  });

  it('stops a run when closed, at once, with a message saying why', async () => {
    const thread = new AnalysisThread();
    const input = sources(40);
    let progressed = 0;
    const run = thread.analyze(input, () => progressed++).catch((error: unknown) => error);
    await expect.poll(() => progressed, { timeout: 20_000 }).toBeGreaterThan(1);
    const started = performance.now();
    await thread.close();
    expect(await run).toMatchObject({ code: 'NO_PROJECT', message: expect.stringMatching(/closed before its analysis finished/) });
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(thread.analyze(input, () => undefined)).rejects.toMatchObject({ code: 'NO_PROJECT' });
  });

  it('analyses on the calling thread, with the reason kept, when the worker cannot start', async () => {
    const input = sources(3);
    const missing = new AnalysisThread(null);
    const seen: AnalysisProgress[] = [];
    expect(await missing.analyze(input, (p) => seen.push(p))).toEqual(analyzeSources(input));
    expect(missing.fallbackReason).toMatch(/no analysisWorker\.js or analysisWorker\.ts/);
    expect(seen.at(-1)).toEqual({ stage: 'compare', done: 1, total: 1 });

    const broken = join(tempDir(), 'brokenWorker.mjs');
    writeFileSync(broken, "throw new Error('cannot load the NLP model');\n");
    const failing = new AnalysisThread({ file: broken, typescript: false });
    expect(await failing.analyze(input, () => undefined)).toEqual(analyzeSources(input));
    expect(failing.fallbackReason).toMatch(/cannot load the NLP model/);
    await failing.close();
  });
});
