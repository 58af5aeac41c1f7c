// `npm test`: type-check, lint, build, unit and integration tests (vitest), end-to-end tests
// (Playwright: `web` and `electron` projects). Ends with one line `N passed, N failed, N skipped`
// that counts every vitest and Playwright test, plus any check step that failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const skipReasons = new Map();

function run(title, command, args, env = {}) {
  process.stdout.write(`\n▶ ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok;
}

function step(title, command, args) {
  const ok = run(title, command, args);
  if (!ok) {
    failedSteps.push(title);
    totals.failed += 1;
  }
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1–3: the checks that are not tests.
for (const project of ['shared', 'node', 'web', 'e2e']) step(`type-check (${project})`, bin('tsc'), ['--noEmit', '-p', `tsconfig.${project}.json`]);
step('lint (layers, hooks, TypeScript)', bin('eslint'), ['--max-warnings', '0', '.']);
step('lint (Electronegativity: Electron security checklist)', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]);
const built = step('build (electron-vite: main, preload, renderer)', bin('electron-vite'), ['build', '--logLevel', 'warn']);

// 4: unit and integration tests.
const vitestReport = join(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestOk = run('unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  // A file that fails to load, a failing hook or an uncaught error fails the run without failing a test.
  const brokenFiles = (vitest.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed')).length;
  if (brokenFiles > 0) failedSteps.push(`vitest: ${brokenFiles} test file(s) failed outside any test (load error or hook)`);
  totals.failed += brokenFiles;
  if (!vitestOk && vitest.numFailedTests === 0 && brokenFiles === 0) {
    failedSteps.push('vitest exited non-zero (uncaught error)');
    totals.failed += 1;
  }
} else {
  failedSteps.push('vitest (no report)');
  totals.failed += 1;
}

// 5: end-to-end tests, after a successful build.
const playwrightReport = join(reports, 'playwright.json');
rmSync(playwrightReport, { force: true });
if (built) {
  const playwrightOk = run('end-to-end tests (Playwright: web, electron)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const playwright = readJson(playwrightReport);
  if (playwright) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {};
    totals.passed += expected + flaky;
    totals.failed += unexpected;
    totals.skipped += skipped;
    // A spec that fails to load runs nothing and reports only in errors[].
    const errors = (playwright.errors ?? []).length;
    if (errors > 0) failedSteps.push(`Playwright: ${errors} error(s) outside any test`);
    totals.failed += errors;
    if (!playwrightOk && unexpected === 0 && errors === 0) {
      failedSteps.push('Playwright exited non-zero');
      totals.failed += 1;
    }
    const visit = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests ?? []) {
          const annotations = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((r) => r.annotations ?? [])];
          const reasons = new Set(annotations.filter((a) => a.type === 'skip' && a.description).map((a) => `${test.projectName}: ${a.description}`));
          for (const reason of reasons) skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
        }
      for (const child of suite.suites ?? []) visit(child);
    };
    for (const suite of playwright.suites ?? []) visit(suite);
  } else {
    failedSteps.push('Playwright (no report)');
    totals.failed += 1;
  }
} else {
  failedSteps.push('end-to-end tests (not run: the build failed)');
  totals.failed += 1;
}

process.stdout.write('\n');
for (const [reason, count] of skipReasons) process.stdout.write(`skipped ${count} × ${reason}\n`);
for (const title of failedSteps) process.stdout.write(`failed step: ${title}\n`);
if (!existsSync(join(root, '..', 'shared', 'corpus'))) process.stdout.write('note: ../shared/corpus is absent, so corpus tests were skipped\n');
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exitCode = totals.failed > 0 ? 1 : 0;
