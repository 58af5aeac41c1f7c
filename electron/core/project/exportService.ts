/**
 * Exporting the brief as a file: Markdown or PDF, from the stored brief (compiled first when the
 * project has none yet). The PDF printer is the carrier's: headless Chromium from the command line
 * and the browser host, printToPDF under Electron — the same print HTML either way.
 */
import { AppError } from '../../../shared/api/errors';
import type { ExportFormat } from '../../../shared/domain/brief';
import { exportFileName, exportMarkdown, printHtml, type PdfPrinter } from '../brief/export';
import { formatDate } from '../brief/export/formatDate';
import type { ProjectSession } from './projectSession';

export interface ExportedBytes {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  ms: number;
  /** The project had no brief: this export compiled one (the desk should load it). */
  compiledVersion: number | null;
}

export async function exportBrief(session: ProjectSession, format: ExportFormat, printPdf: PdfPrinter, now = new Date()): Promise<ExportedBytes> {
  const started = performance.now();
  let state = session.briefState();
  let compiledVersion: number | null = null;
  if (!state.document) {
    if (session.readOnly) throw new AppError('READ_ONLY', 'This project has no brief yet, and it is open read-only, so one cannot be compiled. Copy the project somewhere writable to compile and export it.');
    state = (await session.compileBrief()).state;
    compiledVersion = state.version;
  }
  const document = state.document!;
  const title = session.info().title;
  const sources = session.listSources();
  const meta = { title, exportedAt: now.toISOString() };
  if (format === 'markdown') {
    const text = exportMarkdown(document, sources, meta);
    return { fileName: exportFileName(title, 'md'), mimeType: 'text/markdown; charset=utf-8', bytes: new TextEncoder().encode(text), ms: Math.round(performance.now() - started), compiledVersion };
  }
  const html = printHtml(document, sources, meta);
  const bytes = await printPdf(html, { title, date: formatDate(meta.exportedAt) ?? '' });
  return { fileName: exportFileName(title, 'pdf'), mimeType: 'application/pdf', bytes, ms: Math.round(performance.now() - started), compiledVersion };
}
