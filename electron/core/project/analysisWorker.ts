/**
 * The analysis worker thread: runs the pure analyzeSources on the sources it is sent and posts
 * its progress and its result back. No database here: the main thread reads and saves.
 * Built as its own entry next to the bundled main (electron.vite.config.ts); under tsx and vitest
 * it is loaded from source through tsWorker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSources } from '../analysis/analyzeSources';
import type { WorkerMessage, WorkerRequest } from './analysisThread';

const port = parentPort;
if (!port) throw new Error('analysisWorker runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    const result = analyzeSources(request.sources, (progress) => post({ type: 'progress', runId: request.runId, progress }));
    post({ type: 'result', runId: request.runId, result });
  } catch (error) {
    post({ type: 'error', runId: request.runId, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? null) : null });
  }
});

port.postMessage({ type: 'ready' } satisfies WorkerMessage);
