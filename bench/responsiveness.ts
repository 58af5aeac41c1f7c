/**
 * `npm run bench:responsiveness -- [--sources N] [--project FILE] [--main-thread] [--json]`: how
 * quickly the backend answers while it analyses a large project. Builds a project of N generated
 * articles (default 200, made as electron/core/testing/sampleVariants makes them; slow: imports
 * check every earlier source for near-duplicates) or analyses a copy of FILE, starts an analysis
 * through the API, and calls `app.info` every 25 ms until the run ends. Each call's latency is
 * counted from when it was due, so a blocked main thread shows; the longest stalls of the event
 * loop are listed with the stage the analysis was in. `--main-thread` runs the analysis on the
 * main thread instead of the worker, for comparison. Prints figures; never fails on time.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '../shared/api/client';
import { Backend } from '../electron/core/api/backend';
import { createMemoryTransport } from '../electron/core/api/memoryTransport';
import { createProjectFile } from '../electron/core/db/open';
import { ProjectSession } from '../electron/core/project/projectSession';
import { baseArticles, sampleVariants } from '../electron/core/testing/sampleVariants';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option('--sources')) || 200;
const existing = option('--project');
const mainThread = args.includes('--main-thread');
const INTERVAL_MS = 25;

const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
try {
  const path = join(dir, 'bench.copydesk');
  if (existing) copyFileSync(existing, path);
  else {
    createProjectFile(path, `Responsiveness (${count} sources)`);
    const building = ProjectSession.open(path);
    const importStart = performance.now();
    for (const text of sampleVariants(count, baseArticles())) await building.importArticle({ kind: 'paste', text });
    await building.close();
    process.stderr.write(`built a project of ${count} sources in ${Math.round(performance.now() - importStart)} ms\n`);
  }

  const backend = new Backend('memory', mainThread ? { analysisWorker: 'main-thread' } : {});
  backend.openProject(path);
  const api = new ApiClient(createMemoryTransport(backend));
  // Warm the API path once, so the first sample is not a cold start.
  await api.call('app.info', {});

  const latencies: number[] = [];
  let running = true;
  const started = performance.now();
  let firstProgressAt: number | null = null;
  let stage = 'starting';
  backend.onEvent((e) => {
    if (e.name !== 'analysis.progress') return;
    firstProgressAt ??= performance.now();
    stage = `${e.payload.stage} ${e.payload.done}/${e.payload.total}`;
  });
  // A 5 ms ticker: any gap much longer than that is time the main thread could not answer.
  const stalls: Array<{ atMs: number; ms: number; stage: string }> = [];
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - lastTick > 40) stalls.push({ atMs: Math.round(lastTick - started), ms: Math.round(now - lastTick), stage });
    lastTick = now;
  }, 5);
  const run = api.call('analysis.run', {}).finally(() => (running = false));
  const sampler = (async () => {
    for (let due = performance.now(); running; due += INTERVAL_MS) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      if (!running) break;
      await api.call('app.info', {});
      latencies.push(performance.now() - due);
    }
  })();
  const summary = await run.finally(() => (stage = 'stored'));
  await sampler;
  clearInterval(ticker);
  const total = Math.round(performance.now() - started);
  const sources = (await api.call('sources.list', {})).length;
  backend.closeProject();

  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  const result = {
    sources,
    where: mainThread ? 'main thread' : 'worker thread',
    analysisMs: summary.ms,
    runMs: total,
    firstProgressMs: firstProgressAt === null ? null : Math.round(firstProgressAt - started),
    appInfo: { calls: latencies.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: Math.round(sorted.at(-1) ?? 0), over50ms: latencies.filter((l) => l > 50).length },
    longestStalls: stalls.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`${result.sources} sources analysed on the ${result.where}: ${result.analysisMs} ms analysis, ${result.runMs} ms from request to stored result`);
    console.log(`app.info during the run: ${result.appInfo.calls} calls, median ${result.appInfo.medianMs} ms, p95 ${result.appInfo.p95Ms} ms, max ${result.appInfo.maxMs} ms, ${result.appInfo.over50ms} over 50 ms`);
    console.log(`longest main-thread stalls: ${result.longestStalls.map((s) => `${s.ms} ms at ${s.atMs} ms (${s.stage})`).join('; ') || 'none over 40 ms'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
