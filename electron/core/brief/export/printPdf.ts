/**
 * PDF printing with the system's headless Chromium (playwright-core), for the command line and
 * the browser host. JavaScript is off in the page; the document's own CSP forbids every fetch.
 * A launched browser is kept for the next print (launching costs most of a print); close() ends
 * it. Under Electron the shell supplies its own PdfPrinter over webContents.printToPDF with the
 * same templates (pdfTemplates.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../../../../shared/api/errors';
import { createLogger } from '../../log';
import { PAGE_MARGINS_MM, headerFooterTemplates, type PdfHeader, type PdfPrinter } from './pdfTemplates';

const log = createLogger('pdf');

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** CHROMIUM_PATH when set, else the system Chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

function missing(path: string): AppError {
  return new AppError(
    'NOT_FOUND',
    `PDF export needs Chromium, and there is none at ${path}. Install Chromium (for example "sudo apt install chromium") or set CHROMIUM_PATH to the path of a Chromium executable, then export again.`,
  );
}

export interface ChromiumPrinter {
  print: PdfPrinter;
  /** Ends the browser; the next print launches a new one. */
  close(): Promise<void>;
}

export function createChromiumPrinter(options: { executablePath?: string } = {}): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    const executablePath = options.executablePath ?? chromiumPath();
    if (!existsSync(executablePath)) return Promise.reject(missing(executablePath));
    const started = chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }).then(
      (b) => {
        b.on('disconnected', () => {
          if (browser === started) browser = null;
        });
        return b;
      },
      (error: unknown) => {
        log.error('Chromium did not start', error);
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new AppError(
          'INTERNAL',
          `Chromium at ${executablePath} could not start (${reason}). Install Chromium or set CHROMIUM_PATH to a working Chromium executable, then export again.`,
          undefined,
          { cause: error },
        );
      },
    );
    return started;
  };

  const print: PdfPrinter = async (html: string, header: PdfHeader) => {
    const launching = (browser ??= launch());
    let running: Browser;
    try {
      running = await launching;
    } catch (error) {
      if (browser === launching) browser = null; // try again next time: Chromium may be installed by then
      throw error;
    }
    const context = await running.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        ...headerFooterTemplates(header),
        margin: {
          top: `${PAGE_MARGINS_MM.top}mm`,
          right: `${PAGE_MARGINS_MM.right}mm`,
          bottom: `${PAGE_MARGINS_MM.bottom}mm`,
          left: `${PAGE_MARGINS_MM.left}mm`,
        },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close().catch(() => undefined);
    }
  };

  return {
    print,
    async close() {
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}

let shared: ChromiumPrinter | null = null;

/** Prints with one headless Chromium shared by the process (launched on first use). */
export const printPdf: PdfPrinter = (html, header) => {
  shared ??= createChromiumPrinter();
  return shared.print(html, header);
};

/** Ends the shared Chromium of printPdf (call on shutdown; a later print relaunches it). */
export async function closePdfPrinter(): Promise<void> {
  const current = shared;
  shared = null;
  await current?.close();
}
