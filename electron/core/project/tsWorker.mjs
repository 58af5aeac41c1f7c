// Starts a worker thread whose code is TypeScript, under tsx (the CLI, the browser host, vitest).
// A worker's entry module cannot be a .ts file even when tsx's --import hooks are in execArgv on
// Node 20 (https://github.com/privatenumber/tsx/issues/354), so this plain module registers tsx's
// loader inside the worker and then imports the real entry, given as workerData.entry (a file URL).
// The built app never uses it: out/main holds the worker as JavaScript.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
