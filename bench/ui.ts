/**
 * `npm run bench` (`-- --json` for machines): the desk in Chromium on the bundled five-source sample
 * (four articles), through the browser host: time from the host being up to the first usable view,
 * selecting a discrepancy until the Inspector shows it (targets < 1 s and < 100 ms), and switching
 * sources until the reader shows the new one. Prints figures; never fails on time. Writes
 * bench/results/ui.json. Skips, saying why, when Chromium is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../electron/core/brief/export/printPdf';

const root = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (v: number[]) => round([...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN);

/**
 * In-page code (a string: the bench type-checks as Node code): clicks each element matching
 * `clickable` three times round, and times each click until the frame in which `shown` holds the
 * text of the clicked element's `label`.
 */
function probe(clickable: string, label: string, shown: string): string {
  return `(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const out = [];
    const items = [...document.querySelectorAll(${JSON.stringify(clickable)})];
    for (let round = 0; round < 3; round += 1) {
      for (const item of items) {
        const text = item.querySelector(${JSON.stringify(label)})?.textContent ?? '';
        const start = performance.now();
        item.click();
        while (document.querySelector(${JSON.stringify(shown)})?.textContent !== text && performance.now() - start < 3000) await frame();
        await frame();
        out.push(document.querySelector(${JSON.stringify(shown)})?.textContent === text ? performance.now() - start : NaN);
      }
    }
    return out;
  })()`;
}

async function main(): Promise<void> {
  const exe = chromiumPath();
  if (!existsSync(exe) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    console.log(`ui bench skipped: ${existsSync(exe) ? 'the desk is not built (npm run build)' : `no Chromium at ${exe}`}`);
    return;
  }
  const userData = mkdtempSync(join(tmpdir(), 'copydesk-bench-ui-'));
  const host = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'start.ts'), '--no-build', '--no-open'], {
    cwd: root,
    env: { ...process.env, COPYDESK_USER_DATA: userData, COPYDESK_NO_OPEN: '1', COPYDESK_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error('the host printed no address in 30 s')), 30_000);
      host.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
        if (m) {
          clearTimeout(timer);
          done(m[0]);
        }
      });
    });
    const hostUp = performance.now();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Vellan Bay Bulletin/ }).waitFor();
    await page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 }).waitFor();
    const firstViewMs = round(performance.now() - hostUp);

    const pane = page.getByRole('complementary', { name: 'Discrepancies' });
    await pane.getByRole('button', { name: /^Analyse/ }).click();
    await pane.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button').first().waitFor();
    await page.waitForTimeout(500);

    // Selecting a discrepancy: from the click to the frame in which the Inspector shows it.
    const select = (await page.evaluate(probe('[aria-label="Discrepancy queue"] button', '.discrepancy-summary', '[aria-label="Inspector"] h3'))) as number[];
    // Switching sources: from the click to the frame in which the reader shows the source's title.
    const switching = (await page.evaluate(probe('[aria-label="Sources"] button.source-item', '.source-title', '[aria-label="Reader"] h2'))) as number[];

    const seen = (v: number[]) => v.filter((x) => Number.isFinite(x));
    const result = {
      firstViewMs,
      selectDiscrepancyMs: median(seen(select)),
      selectDiscrepancyMaxMs: round(Math.max(...seen(select))),
      switchSourceMs: median(seen(switching)),
      switchSourceMaxMs: round(Math.max(...seen(switching))),
      samples: { select: seen(select).length, switching: seen(switching).length, notShownIn3s: select.length - seen(select).length + switching.length - seen(switching).length },
    };
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'ui.json'), `${JSON.stringify(result, null, 2)}\n`);
    if (json) console.log(JSON.stringify({ ui: result }));
    else {
      console.log('\nThe desk in Chromium (sample story, browser host)');
      console.log(`  first usable view after the host is up   ${result.firstViewMs} ms   (target < 1000)`);
      console.log(`  select a discrepancy → Inspector shows it  ${result.selectDiscrepancyMs} ms median, ${result.selectDiscrepancyMaxMs} ms max (${select.length} selections; target < 100)`);
      console.log(`  switch source → reader shows it            ${result.switchSourceMs} ms median, ${result.switchSourceMaxMs} ms max (${switching.length} switches; target < 100)`);
    }
  } finally {
    await browser.close();
    host.kill('SIGINT');
    await new Promise((r) => host.once('exit', r));
    rmSync(userData, { recursive: true, force: true });
  }
}

await main();
