/**
 * `npm run bench` (`-- --json` for machines): how fast a ten-page brief exports. Markdown
 * (target < 100 ms), print HTML, and PDF through headless Chromium, cold (launch included) and
 * warm (browser kept between prints; target < 3 s). Prints figures; never fails on time. Writes
 * bench/results/export.json. Skips the PDF, saying why, when Chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportMarkdown } from '../electron/core/brief/export/exportMarkdown';
import { formatDate } from '../electron/core/brief/export/formatDate';
import { printHtml } from '../electron/core/brief/export/printHtml';
import { chromiumPath, createChromiumPrinter } from '../electron/core/brief/export/printPdf';
import { briefFixture, META, SOURCES } from '../electron/core/brief/export/testing/briefFixture';

const root = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const TEN_PAGES = 57; // body paragraphs (each citing one or two sources with excerpts) that print to ten A4 pages

const round = (ms: number) => Math.round(ms * 10) / 10;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)]!);
}

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function runs(count: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(await timed(fn));
  return out;
}

function pageCount(pdf: Uint8Array): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  try {
    writeFileSync(join(dir, 'b.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'b.pdf')], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN) || null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const doc = briefFixture(TEN_PAGES);
exportMarkdown(doc, SOURCES, META); // warm the modules once
const markdownRuns = await runs(20, () => exportMarkdown(doc, SOURCES, META));
// The fastest run is what the code costs; the median adds what the machine's other work costs.
const markdown = { ms: median(markdownRuns), minMs: round(Math.min(...markdownRuns)), bytes: exportMarkdown(doc, SOURCES, META).length };
const html = printHtml(doc, SOURCES, META);
const printHtmlMs = median(await runs(20, () => printHtml(doc, SOURCES, META)));

let pdf: { coldMs: number; warmMs: number; pages: number | null; bytes: number } | { skipped: string };
if (!existsSync(chromiumPath())) {
  pdf = { skipped: `no Chromium at ${chromiumPath()} (install it or set CHROMIUM_PATH)` };
} else {
  const printer = createChromiumPrinter();
  const header = { title: META.title, date: formatDate(META.exportedAt)! };
  let bytes: Uint8Array = new Uint8Array();
  try {
    const coldMs = await timed(async () => (bytes = await printer.print(html, header)));
    const warm = await runs(5, async () => (bytes = await printer.print(html, header)));
    pdf = { coldMs: Math.round(coldMs), warmMs: Math.round(median(warm)), pages: pageCount(bytes), bytes: bytes.byteLength };
  } finally {
    await printer.close();
  }
}

const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  brief: { bodyParagraphs: TEN_PAGES },
  markdown,
  printHtml: { ms: printHtmlMs, bytes: html.length },
  pdf,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'export.json'), `${JSON.stringify(result, null, 2)}\n`);

if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`Brief export (${TEN_PAGES} body paragraphs, about ten pages):`);
  console.log(`  Markdown     ${markdown.ms} ms median, ${markdown.minMs} ms fastest of 20 (target < 100 ms), ${markdown.bytes} characters`);
  console.log(`  print HTML   ${printHtmlMs} ms (median of 20)`);
  if ('skipped' in pdf) console.log(`  PDF          skipped: ${pdf.skipped}`);
  else console.log(`  PDF          ${pdf.coldMs} ms cold (Chromium launch included), ${pdf.warmMs} ms warm (median of 5; target < 3 s); ${pdf.pages ?? '?'} pages, ${pdf.bytes} bytes`);
}
