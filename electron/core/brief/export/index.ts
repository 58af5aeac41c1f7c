/**
 * Exporting the brief: Markdown, print HTML and PDF, all from the serialized brief (no editor
 * needed). The backend validates a brief before it gets here.
 */
export type { BriefDocument, BriefNode, ExportMeta, ExportSource } from './briefJson';
export { exportMarkdown } from './exportMarkdown';
export { formatDate } from './formatDate';
export { electronPrintOptions, headerFooterTemplates, type PdfHeader, type PdfPrinter } from './pdfTemplates';
export { PRINT_CSP, printHtml } from './printHtml';
export { chromiumPath, closePdfPrinter, createChromiumPrinter, printPdf, type ChromiumPrinter } from './printPdf';
export { exportFileName, type ExportExtension } from './fileName';
