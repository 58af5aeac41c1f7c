import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { tempDir } from '../../testing/fixtures';
import { formatDate } from './formatDate';
import { printHtml } from './printHtml';
import { chromiumPath, closePdfPrinter, createChromiumPrinter, printPdf } from './printPdf';
import { briefFixture, claim, HOSTILE, META, SOURCES } from './testing/briefFixture';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = [!existsSync(chromiumPath()) && `no Chromium at ${chromiumPath()} (set CHROMIUM_PATH)`, !hasPdftotext() && 'no pdftotext (poppler-utils)'].filter(Boolean);
if (missing.length > 0) {
  // eslint-disable-next-line no-console -- a skipped print test must say why, or a green run misleads
  console.log(`PDF print test skipped: ${missing.join('; ')}.`);
}

/** The PDF's text, one string per page (pdftotext separates pages with form feeds). */
function pagesOf(pdf: Uint8Array): string[] {
  const file = join(tempDir(), 'brief.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

describe.skipIf(missing.length > 0)('printPdf with headless Chromium', () => {
  afterAll(() => closePdfPrinter());

  it('prints a ten-page brief with the running header, page numbers, the corrected name and the corrections', async () => {
    const html = printHtml(briefFixture(57), SOURCES, META);
    const date = formatDate(META.exportedAt)!;
    const pdf = await printPdf(html, { title: 'Port Calder <swing> bridge & repairs', date });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');

    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages[0]).toContain('Port Calder swing bridge to close for six weeks');
    expect(pages[0]).toMatch(new RegExp(`Page 1 of ${pages.length}\\s*$`));
    expect(pages.at(-1)).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}\\s*$`));
    for (const page of pages) {
      expect(page).toContain('Port Calder <swing> bridge & repairs');
      expect(page).toContain('3 March 2026');
    }

    const all = pages.join('\n');
    expect(all.indexOf('\nCorrections\n')).toBeGreaterThan(0);
    const body = all.slice(0, all.indexOf('\nCorrections\n'));
    expect(body).toContain('Maren Okafor');
    expect(body).not.toContain('Okoafor');
    expect(all).toMatch(/\nCorrections\n[\s\S]*Name of the harbour[\s\S]*Maren Okafor/);
    expect(all).toMatch(/\nReferences\n[\s\S]*The Harbour Ledger, “Swing bridge to shut for six weeks”/);
  });

  it('prints untrusted article text as the words it is', async () => {
    const hostile = briefFixture(0);
    hostile.root.children.splice(2, 0, claim(9, HOSTILE, [1]));
    const pages = pagesOf(await printPdf(printHtml(hostile, SOURCES, META), { title: HOSTILE, date: '3 March 2026' }));
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const piece of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '*emphasis*', '`ticks`', 'note[^1] and &amp; <!-- c -->']) {
      expect(all).toContain(piece);
    }
  });

  it('keeps one browser for prints that arrive together, each getting its own document', async () => {
    const short = printHtml(briefFixture(0), SOURCES, META);
    const long = printHtml(briefFixture(40), SOURCES, { ...META, title: 'Longer brief' });
    const [a, b, c] = await Promise.all([
      printPdf(short, { title: 'Short', date: '3 March 2026' }),
      printPdf(long, { title: 'Longer brief', date: '3 March 2026' }),
      printPdf(short, { title: 'Short', date: '3 March 2026' }),
    ]);
    expect(pagesOf(a)).toHaveLength(1);
    expect(pagesOf(b).length).toBeGreaterThan(2);
    expect(pagesOf(b)[0]).toContain('Longer brief');
    expect(pagesOf(c)).toEqual(pagesOf(a));
  });
});

describe.skipIf(missing.length > 0)('a printer of its own', () => {
  it('warms up ahead of the first print and launches again after close()', async () => {
    const printer = createChromiumPrinter();
    const html = printHtml(briefFixture(0), SOURCES, META);
    try {
      await printer.warm();
      expect(pagesOf(await printer.print(html, { title: 'Warm', date: 'today' }))[0]).toContain('Warm');
      await printer.close();
      expect(pagesOf(await printer.print(html, { title: 'Again', date: 'today' }))[0]).toContain('Again');
    } finally {
      await printer.close();
    }
  });
});

describe('printPdf without Chromium', () => {
  it('says how to get Chromium when there is none', async () => {
    const printer = createChromiumPrinter({ executablePath: '/nonexistent/chromium' });
    const attempt = printer.print('<p>x</p>', { title: 't', date: 'd' });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(printer.print('<p>x</p>', { title: 't', date: 'd' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/Install Chromium.*CHROMIUM_PATH/),
    });
    await printer.close();
  });

  it('takes the executable from CHROMIUM_PATH', () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/opt/my-chromium/chrome';
    try {
      expect(chromiumPath()).toBe('/opt/my-chromium/chrome');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
