/**
 * Crash trials: a writer process (testing/ackWriter.ts) commits writes and acknowledges each on
 * stdout; it is killed with SIGKILL at a random moment; the project must then pass SQLite's checks
 * and hold every acknowledged write. Used by the test (a few trials) and by
 * `npm run crash-trials` (as many as you like, overnight).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { countActivityInFile } from '../db/activityRepo';
import { inspectProject } from '../db/inspect';
import { ProjectSession } from '../project/projectSession';
import { REPO_ROOT } from './fixtures';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const WRITER = join(REPO_ROOT, 'electron', 'core', 'testing', 'ackWriter.ts');

export interface TrialResult {
  killedAfterMs: number;
  acknowledged: number;
  found: number;
  checkOk: boolean;
}

/** Acknowledged writes the writer made (one activity row each). */
const writesIn = (path: string): number => countActivityInFile(path, 'project.renamed');

/** One trial on `project`: writes, a SIGKILL after a random delay, then the checks. */
export async function crashTrial(project: string, random: () => number = Math.random): Promise<TrialResult> {
  const writer = spawn(TSX, [WRITER, project], { stdio: ['ignore', 'pipe', 'ignore'] });
  let acknowledged = 0;
  let buffered = '';
  writer.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const n = /^ack (\d+)$/.exec(line);
      if (n) acknowledged = Math.max(acknowledged, Number(n[1]));
    }
  });
  // Wait for the first acknowledgement, then kill it somewhere in the next 50–800 ms.
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (acknowledged > 0) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error('the writer acknowledged nothing in 60 s'));
      }
    }, 10);
  });
  const killedAfterMs = Math.round(50 + random() * 750);
  await new Promise((r) => setTimeout(r, killedAfterMs));
  const exited = new Promise((r) => writer.once('exit', r));
  writer.kill('SIGKILL');
  await exited;
  const ackedAtKill = acknowledged;
  const facts = inspectProject(project, { fullCheck: true });
  return { killedAfterMs, acknowledged: ackedAtKill, found: writesIn(project), checkOk: facts.check?.ok === true };
}

export interface AnnotateTrialResult {
  killedAfterMs: number;
  /** The id `copydesk annotate` printed before it was killed (it prints only once the write is on disk). */
  printedId: number | null;
  found: boolean;
  checkOk: boolean;
}

/** How long one `copydesk annotate` takes here, start to exit (the crash window is set from it). */
export async function annotateDuration(project: string, sourceId: number, quote: string): Promise<number> {
  const started = performance.now();
  const cli = spawn(TSX, [join(REPO_ROOT, 'electron', 'cli', 'index.ts'), 'annotate', project, '--source', String(sourceId), '--quote', quote, '--note', 'timing run'], { stdio: 'ignore', env: { ...process.env, COPYDESK_LOG: 'silent' } });
  await new Promise((r) => cli.once('exit', r));
  return performance.now() - started;
}

/**
 * `copydesk annotate` killed with SIGKILL somewhere between start-up and exit: when it printed an
 * id, that annotation is in the file; the file always passes its checks.
 */
export async function annotateCrashTrial(project: string, sourceId: number, quote: string, window: { fromMs: number; toMs: number }, random: () => number = Math.random): Promise<AnnotateTrialResult> {
  const cli = spawn(TSX, [join(REPO_ROOT, 'electron', 'cli', 'index.ts'), 'annotate', project, '--source', String(sourceId), '--quote', quote, '--note', 'crash trial'], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, COPYDESK_LOG: 'silent' },
  });
  let out = '';
  cli.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const killedAfterMs = Math.round(window.fromMs + random() * (window.toMs - window.fromMs));
  const exited = new Promise((r) => cli.once('exit', r));
  await Promise.race([new Promise((r) => setTimeout(r, killedAfterMs)), exited]);
  cli.kill('SIGKILL');
  await exited;
  const id = /^(\d+)\s*$/m.exec(out);
  const printedId = id ? Number(id[1]) : null;
  const checkOk = inspectProject(project, { fullCheck: true }).check?.ok === true;
  const session = ProjectSession.open(project, { readOnly: true });
  try {
    const found = printedId === null || session.listAnnotations().some((a) => a.id === printedId);
    return { killedAfterMs, printedId, found, checkOk };
  } finally {
    await session.close();
  }
}
