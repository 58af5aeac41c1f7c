/** `npm run bench`: every benchmark in turn (each prints its figures; `-- --json` reaches all). */
export {};
await import('./analysis');
await import('./export');
await import('./ui');
