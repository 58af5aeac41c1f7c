import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import type { AppEvent } from '../../../shared/api/contract';
import { Backend } from '../api/backend';
import { createMemoryTransport } from '../api/memoryTransport';
import { newProject, REPO_ROOT } from '../testing/fixtures';
import { baseArticles, sampleVariants } from '../testing/sampleVariants';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');
const sampleFiles = readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort();

const backends: Backend[] = [];
afterEach(() => {
  while (backends.length) backends.pop()!.closeProject();
});

/** A backend on a new project, with every analysis event it sends recorded in order. */
function desk(options: { readOnly?: boolean; path?: string } = {}) {
  const backend = new Backend('memory', { analysisDebounceMs: 50, readOnly: options.readOnly });
  backends.push(backend);
  backend.openProject(options.path ?? newProject('Auto'));
  const api = new ApiClient(createMemoryTransport(backend));
  const events: AppEvent[] = [];
  backend.onEvent((event) => {
    if (event.name.startsWith('analysis.')) events.push(event);
  });
  const count = (name: AppEvent['name']) => events.filter((e) => e.name === name).length;
  const importFile = (file: string) => api.call('sources.import', { kind: 'file', fileName: file, dataBase64: readFileSync(join(SAMPLE, file)).toString('base64') });
  const importText = (text: string) => api.call('sources.import', { kind: 'paste', text });
  return { backend, api, events, count, importFile, importText };
}

/** Adds `count` generated articles straight into the session (no analysis is scheduled). */
async function seed(backend: Backend, count: number): Promise<void> {
  for (const text of sampleVariants(count, baseArticles(false))) await backend.session!.importArticle({ kind: 'paste', text });
}

const quiet = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('analysis after each import', () => {
  it('analyses by itself once a batch of imports lands, reporting progress in order up to 100%, and again after a removal', async () => {
    const { api, events, count, importFile } = desk();
    await importFile(sampleFiles[0]!);
    await quiet(200);
    expect(events).toEqual([]); // one source: nothing to compare yet

    for (const file of sampleFiles.slice(1)) await importFile(file);
    await expect.poll(() => count('analysis.finished'), { timeout: 20_000 }).toBe(1);
    expect(count('analysis.started')).toBe(1);
    expect(events[0]).toEqual({ name: 'analysis.started', payload: { sources: 4 } });
    const progress = events.flatMap((e) => (e.name === 'analysis.progress' ? [e.payload] : []));
    expect(progress.filter((p) => p.stage === 'extract').map((p) => `${p.done}/${p.total}`)).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
    expect(progress.map((p) => p.percent)).toEqual([...progress.map((p) => p.percent)].sort((a, b) => a - b));
    expect(progress.at(-1)!.percent).toBe(100);
    expect(events.at(-1)!.name).toBe('analysis.finished');

    const report = await api.call('analysis.get', {});
    expect(report).toMatchObject({ stale: false });
    expect(report.discrepancies.some((d) => d.kind === 'name' && /Marten/.test(d.summary))).toBe(true);

    const bulletin = (await api.call('sources.list', {})).find((s) => s.fileName?.startsWith('04'))!;
    await api.call('sources.remove', { id: bulletin.id });
    await expect.poll(() => count('analysis.finished'), { timeout: 20_000 }).toBe(2);
    const after = await api.call('analysis.get', {});
    expect(after.stale).toBe(false);
    expect(after.discrepancies.flatMap((d) => d.variants.flatMap((v) => v.sourceIds))).not.toContain(bulletin.id);
  });

  it('runs exactly one follow-up for two imports made while a run is under way, and analysis.run answers with it', async () => {
    const { backend, api, events, count, importText } = desk();
    await seed(backend, 20);
    const [extraA, extraB, extraC] = sampleVariants(23, baseArticles(false)).slice(20);
    await importText(extraA!);
    await expect.poll(() => count('analysis.started'), { timeout: 10_000 }).toBe(1);
    await importText(extraB!);
    await importText(extraC!);
    expect(count('analysis.finished')).toBe(0); // both imports landed during the first run
    const summary = await api.call('analysis.run', {});
    expect(count('analysis.started')).toBe(2);
    await quiet(300);
    expect(count('analysis.started')).toBe(2);
    expect(events.at(-1)).toEqual({ name: 'analysis.finished', payload: { analyzedAt: summary.analyzedAt, discrepancies: summary.discrepancies } });
    const report = await api.call('analysis.get', {});
    expect(report.stale).toBe(false);
    expect(report.sources).toHaveLength(23);
  });

  it('stops the worker when the project closes mid-run, and stores nothing', async () => {
    const { backend, api, count } = desk();
    await seed(backend, 20);
    const path = backend.session!.path;
    const run = api.call('analysis.run', {}).catch((error: unknown) => error);
    await expect.poll(() => count('analysis.progress'), { timeout: 10_000 }).toBeGreaterThan(1);
    const closing = performance.now();
    backend.closeProject();
    expect(await run).toMatchObject({ code: 'NO_PROJECT' });
    expect(performance.now() - closing).toBeLessThan(1000);
    await quiet(300);
    expect(count('analysis.finished')).toBe(0);
    backend.openProject(path);
    expect(await api.call('analysis.get', {})).toMatchObject({ analyzedAt: null });
  });

  it('never analyses a read-only project by itself', async () => {
    const path = newProject('Read only');
    const writer = desk({ path });
    for (const file of sampleFiles.slice(0, 2)) await writer.backend.session!.importArticle({ kind: 'file', fileName: file, bytes: readFileSync(join(SAMPLE, file)) });
    writer.backend.closeProject();

    const reader = desk({ path, readOnly: true });
    reader.backend.session!.scheduleAnalysis();
    await quiet(300);
    expect(reader.events).toEqual([]);
    expect(await reader.api.call('analysis.get', {})).toMatchObject({ analyzedAt: null, stale: true });
  });
});
