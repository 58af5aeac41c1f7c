/**
 * Runs analyzeSources off the main thread, in one worker thread per open project, started on the
 * first run and kept (the NLP model loads once) until the project closes. If the worker cannot
 * start, the analysis runs on the calling thread instead, and the reason is logged.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import type { AnalysisProgress } from '../../../shared/domain/analysis';
import { analyzeSources, type AnalysisResult, type SourceInput } from '../analysis/analyzeSources';
import { createLogger } from '../log';

const log = createLogger('analysis');

export interface WorkerRequest {
  runId: number;
  sources: SourceInput[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; runId: number; progress: AnalysisProgress }
  | { type: 'result'; runId: number; result: AnalysisResult }
  | { type: 'error'; runId: number; message: string; stack: string | null };

/** The worker's code: JavaScript built next to the bundled main, or the TypeScript source. */
export interface WorkerEntry {
  file: string;
  typescript: boolean;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const START_TIMEOUT_MS = 30_000;

/** out/main/analysisWorker.js in the built app; analysisWorker.ts beside this file under tsx and vitest. */
export function defaultWorkerEntry(): WorkerEntry | null {
  const built = join(HERE, 'analysisWorker.js');
  if (existsSync(built)) return { file: built, typescript: false };
  const source = join(HERE, 'analysisWorker.ts');
  if (existsSync(source)) return { file: source, typescript: true };
  return null;
}

interface Job {
  runId: number;
  onProgress: (progress: AnalysisProgress) => void;
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
}

export class AnalysisThread {
  private starting: Promise<Worker> | null = null;
  private live: Worker | null = null;
  private job: Job | null = null;
  private nextRunId = 1;
  private closed = false;
  private unavailable: string | null = null;

  /** `entry` null: no worker code was found (analysis falls back, with a warning); 'main-thread': chosen on purpose (the CLI). */
  constructor(private readonly entry: WorkerEntry | null | 'main-thread' = defaultWorkerEntry()) {}

  /** Why analysis runs on the calling thread, or null while the worker is used. */
  get fallbackReason(): string | null {
    return this.unavailable;
  }

  async analyze(sources: SourceInput[], onProgress: (progress: AnalysisProgress) => void): Promise<AnalysisResult> {
    if (this.closed) throw projectClosedError();
    if (this.job) throw new AppError('INTERNAL', 'An analysis is already running in this project.');
    const worker = await this.ready();
    if (!worker) return analyzeSources(sources, onProgress);
    return new Promise<AnalysisResult>((resolve, reject) => {
      const runId = this.nextRunId++;
      this.job = { runId, onProgress, resolve, reject };
      worker.ref();
      worker.postMessage({ runId, sources } satisfies WorkerRequest);
    });
  }

  /** Terminates the worker, failing a run in progress. Safe to call twice. */
  close(): Promise<void> {
    this.closed = true;
    this.settle((job) => job.reject(projectClosedError()));
    const worker = this.live ? Promise.resolve(this.live) : this.starting;
    this.live = null;
    this.starting = null;
    return worker ? worker.then((w) => w.terminate()).then(() => undefined, () => undefined) : Promise.resolve();
  }

  /** The running worker, started if need be; null when it cannot start (analysis then runs here). */
  private async ready(): Promise<Worker | null> {
    if (this.unavailable !== null || this.entry === 'main-thread') return null;
    if (this.live) return this.live;
    this.starting ??= this.spawn();
    try {
      const worker = await this.starting;
      if (this.closed) throw projectClosedError();
      this.live = worker;
      return worker;
    } catch (error) {
      if (this.closed) throw projectClosedError();
      this.starting = null;
      this.unavailable = error instanceof Error ? error.message : String(error);
      log.warn(`the analysis worker could not start, so analysis runs on the main thread: ${this.unavailable}`);
      return null;
    }
  }

  private spawn(): Promise<Worker> {
    const entry = this.entry;
    if (!entry || entry === 'main-thread') return Promise.reject(new Error(`no analysisWorker.js or analysisWorker.ts beside ${HERE}`));
    return new Promise<Worker>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = entry.typescript
          ? new Worker(join(HERE, 'tsWorker.mjs'), { workerData: { entry: pathToFileURL(entry.file).href }, execArgv: [] })
          : new Worker(entry.file);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      let started = false;
      const timer = setTimeout(() => {
        reject(new Error(`the worker did not start within ${START_TIMEOUT_MS / 1000} s`));
        void worker.terminate();
      }, START_TIMEOUT_MS);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          started = true;
          clearTimeout(timer);
          worker.unref();
          resolve(worker);
        } else this.receive(message);
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        if (!started) return reject(error);
        log.error('the analysis worker failed', error);
        this.discard(worker, new AppError('INTERNAL', `The analysis stopped with an error (${error.message}). Try Analyse again; if it keeps failing, report it.`));
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (!started) return reject(new Error(`the worker exited with code ${code} before it was ready`));
        this.discard(worker, new AppError('INTERNAL', `The analysis stopped unexpectedly (worker exit code ${code}). Try Analyse again.`));
      });
    });
  }

  private receive(message: WorkerMessage): void {
    const job = this.job;
    if (!job || message.type === 'ready' || message.runId !== job.runId) return;
    if (message.type === 'progress') job.onProgress(message.progress);
    else if (message.type === 'result') this.settle((j) => j.resolve(message.result));
    else {
      log.error(`analysis failed in the worker: ${message.stack ?? message.message}`);
      this.settle((j) => j.reject(new AppError('INTERNAL', `The analysis failed: ${message.message}. Try Analyse again; if it keeps failing, report it.`)));
    }
  }

  /** Forgets a worker that died; the next run starts a new one. */
  private discard(worker: Worker, error: AppError): void {
    if (this.live !== worker) return;
    this.live = null;
    this.starting = null;
    this.settle((job) => job.reject(error));
  }

  private settle(finish: (job: Job) => void): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    this.live?.unref();
    finish(job);
  }
}

export function projectClosedError(): AppError {
  return new AppError('NO_PROJECT', 'The project was closed before its analysis finished. Open it again to analyse it.');
}
