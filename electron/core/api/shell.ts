/**
 * What the carrier (the desktop shell, the browser host, the command line, the tests) lends the
 * backend for actions that need it: printing PDFs, and on the desktop a save dialog and "show in
 * folder". The backend never imports Electron; main passes these in.
 */
import type { ExportFormat } from '../../../shared/domain/brief';
import type { PdfPrinter } from '../brief/export/pdfTemplates';

export interface ShellHooks {
  printPdf: PdfPrinter;
  /** Desktop only: asks where to save an export; null when the editor cancels. */
  chooseSavePath?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
  /** Desktop only: shows a file in its folder. */
  revealFile?: (path: string) => void;
}

/** Headless system Chromium, loaded only when a PDF is first printed. */
export const chromiumPdf: PdfPrinter = async (html, header) => (await import('../brief/export/printPdf')).printPdf(html, header);
