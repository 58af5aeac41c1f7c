/**
 * PDF printing with the system's headless Chromium (playwright-core), for the command line and
 * the browser host. JavaScript is off in the page; the document's own CSP forbids every fetch.
 * A launched browser is kept for the next print (launching costs most of a print); close() ends
 * it. Under Electron the shell supplies its own PdfPrinter over webContents.printToPDF with the
 * same templates (pdfTemplates.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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
  /** Launches Chromium and opens the page ahead of the first print (say, when the brief opens). */
  warm(): Promise<void>;
  /** Ends the browser; the next print launches a new one. */
  close(): Promise<void>;
}

const PDF_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  margin: {
    top: `${PAGE_MARGINS_MM.top}mm`,
    right: `${PAGE_MARGINS_MM.right}mm`,
    bottom: `${PAGE_MARGINS_MM.bottom}mm`,
    left: `${PAGE_MARGINS_MM.left}mm`,
  },
} as const;

/**
 * A printer that keeps one browser and one script-less page between prints (opening a page
 * costs more than printing one), and prints one document at a time on it.
 */
export function createChromiumPrinter(options: { executablePath?: string } = {}): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  /** The browser now in use, so a browser closed earlier cannot reset the state of a newer one. */
  let live: Browser | null = null;
  let page: Promise<Page> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const launch = async (): Promise<Browser> => {
    const executablePath = options.executablePath ?? chromiumPath();
    if (!existsSync(executablePath)) throw missing(executablePath);
    try {
      const launched = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      live = launched;
      launched.on('disconnected', () => {
        if (live !== launched) return;
        live = null;
        browser = null;
        page = null;
      });
      return launched;
    } catch (error) {
      log.error('Chromium did not start', error);
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new AppError(
        'INTERNAL',
        `Chromium at ${executablePath} could not start (${reason}). Install Chromium or set CHROMIUM_PATH to a working Chromium executable, then export again.`,
        undefined,
        { cause: error },
      );
    }
  };

  const openPage = async (): Promise<Page> => {
    const starting = (browser ??= launch());
    try {
      const context = await (await starting).newContext({ javaScriptEnabled: false, offline: true });
      return await context.newPage();
    } catch (error) {
      if (browser === starting) browser = null; // try again next time: Chromium may be installed by then
      throw error;
    }
  };

  const printOnce = async (html: string, header: PdfHeader): Promise<Uint8Array> => {
    const opening = (page ??= openPage());
    try {
      const current = await opening;
      await current.setContent(html, { waitUntil: 'load' });
      const pdf = await current.pdf({ ...PDF_OPTIONS, ...headerFooterTemplates(header) });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      // A page that failed once is not trusted again: the next print opens a fresh one.
      if (page === opening) {
        page = null;
        void opening.then((p) => p.context().close()).catch(() => undefined);
      }
      throw error;
    }
  };

  return {
    warm() {
      const run = queue.then(async () => {
        await (page ??= openPage());
      });
      queue = run.catch(() => undefined);
      return run;
    },
    print(html, header) {
      const run = queue.then(() => printOnce(html, header));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      const current = browser;
      browser = null;
      live = null;
      page = null;
      await queue;
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
