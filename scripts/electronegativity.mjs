// Electronegativity over the Electron shell (electron/) and the page it loads (renderer/index.html).
// Fails on any HIGH or MEDIUM finding; a waiver is an `eng-disable <CHECK> -- reason` comment beside the code.
// Its CLI is broken with current commander, so its programmatic runner is used.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = createRequire(import.meta.url)('@doyensec/electronegativity');
const scan = mkdtempSync(join(tmpdir(), 'copydesk-eng-'));
cpSync(join(root, 'electron'), join(scan, 'electron'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
cpSync(join(root, 'renderer', 'index.html'), join(scan, 'renderer', 'index.html'));
const electronVersion = createRequire(import.meta.url)('electron/package.json').version;

const quiet = console.warn;
console.warn = () => {}; // it warns that it cannot fetch Electron's release list offline
try {
  const result = await run({ input: scan, output: join(scan, 'report.csv'), customScan: [], severitySet: 'informational', confidenceSet: 'tentative', isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] });
  console.warn = quiet;
  const waived = result.issues.filter((i) => i.visibility?.inlineDisabled);
  const open = result.issues.filter((i) => !i.visibility?.inlineDisabled);
  const serious = open.filter((i) => i.severity.name === 'HIGH' || i.severity.name === 'MEDIUM');
  for (const i of waived) console.log(`waived        ${i.id.padEnd(30)} ${i.file}:${i.location.line} (reason beside the code)`);
  for (const i of open) console.log(`${i.severity.name.padEnd(13)} ${i.id.padEnd(30)} ${i.file}:${i.location.line}${i.manualReview ? ' (review)' : ''}`);
  for (const e of result.errors) console.log(`parse error: ${JSON.stringify(e)}`);
  console.log(`Electronegativity: ${open.length} finding(s) (${waived.length} waived), ${serious.length} HIGH/MEDIUM, ${result.errors.length} parse error(s) (Electron ${electronVersion})`);
  process.exitCode = serious.length > 0 || result.errors.length > 0 ? 1 : 0;
} finally {
  console.warn = quiet;
  rmSync(scan, { recursive: true, force: true });
}
