/**
 * When the analysis runs: at most one run at a time, a short debounce so a batch of imports
 * analyses once, and coalescing, so that however many changes arrive during a run, exactly one
 * follow-up run picks them all up. Knows nothing of what a run does.
 */
import { projectClosedError as closedError } from './analysisThread';

/** One run. Resolves null when its input changed under it and its result was not kept. */
export type RunOnce<T> = () => Promise<T | null>;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Automatic runs have nobody waiting; their failures are reported by the run itself.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export class AnalysisScheduler<T> {
  private current: Promise<T> | null = null;
  private followUp: Deferred<T> | null = null;
  /** Something changed since the current run read its input. */
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly runOnce: RunOnce<T>,
    private readonly debounceMs: number,
  ) {}

  get running(): boolean {
    return this.current !== null;
  }

  /** The input changed: analyse again soon (debounced, coalesced with a run in progress). */
  request(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.current) this.queueFollowUp();
      else void this.start().catch(() => undefined);
    }, this.debounceMs);
  }

  /**
   * Analyse now; resolves with the result of a run that saw every change made before this call:
   * the run in progress when nothing changed since it started, else the follow-up run.
   */
  runNow(): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    this.clearTimer();
    if (!this.current) return this.start();
    if (!this.dirty) return this.current;
    return this.queueFollowUp();
  }

  /** Stops scheduling; whoever waits on a follow-up that will not run is told why. */
  close(): void {
    this.closed = true;
    this.clearTimer();
    const pending = this.followUp;
    this.followUp = null;
    pending?.reject(closedError());
  }

  private queueFollowUp(): Promise<T> {
    this.clearTimer();
    this.followUp ??= deferred<T>();
    return this.followUp.promise;
  }

  private start(): Promise<T> {
    this.dirty = false;
    const run = this.runOnce().then(
      (value) => {
        this.current = null;
        // The input changed during the run and its result was dropped: the follow-up is the answer.
        if (value === null) return this.startFollowUp(this.queueFollowUp());
        this.startFollowUp();
        return value;
      },
      (error: unknown) => {
        this.current = null;
        this.startFollowUp();
        throw error;
      },
    );
    this.current = run;
    return run;
  }

  /** Starts the queued follow-up run, if any; returns `fallback` (or nothing) otherwise. */
  private startFollowUp(): void;
  private startFollowUp(fallback: Promise<T>): Promise<T>;
  private startFollowUp(fallback?: Promise<T>): Promise<T> | void {
    const next = this.followUp;
    if (!next) return fallback;
    this.followUp = null;
    if (this.closed) {
      next.reject(closedError());
      return next.promise;
    }
    this.start().then(next.resolve, next.reject);
    return next.promise;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
