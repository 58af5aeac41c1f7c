/**
 * What every PDF of a brief shares, whichever Chromium prints it: the running header (title and
 * date) and footer ("Page N of M"), and the page options. Headless Chromium (printPdf.ts) and
 * Electron's webContents.printToPDF both take these templates; the templates are HTML we build,
 * so they go through hast-util-to-html, which escapes the title like any other text.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

export interface PdfHeader {
  /** The brief's title, as the editor wrote it (escaped here). */
  title: string;
  /** The date to print, already formatted ("3 March 2026"). */
  date: string;
}

/** Prints one print-HTML document to PDF bytes. Headless Chromium from the CLI and the browser host; Electron supplies one over webContents.printToPDF. */
export type PdfPrinter = (html: string, header: PdfHeader) => Promise<Uint8Array>;

/** The page margins; the header and footer are drawn inside the top and bottom ones. Keep in step with @page in printStyles.ts. */
export const PAGE_MARGINS_MM = { top: 24, right: 20, bottom: 22, left: 20 } as const;

const FONT = "'Charter', 'Georgia', 'Liberation Serif', 'DejaVu Serif', serif";

function span(style: string, children: ElementContent[], className?: string): Element {
  return { type: 'element', tagName: 'span', properties: className ? { className: [className], style } : { style }, children };
}
const text = (value: string): ElementContent => ({ type: 'text', value });

function band(children: ElementContent[], align: 'top' | 'bottom'): string {
  const style = [
    'box-sizing: border-box',
    'width: 100%',
    `padding: 0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm`,
    align === 'top' ? 'margin-top: 9mm' : 'margin-bottom: 8mm',
    `font-family: ${FONT}`,
    'font-size: 8pt',
    'color: #555',
    'display: flex',
    'justify-content: space-between',
    'gap: 6mm',
    '-webkit-print-color-adjust: exact',
  ].join('; ');
  return toHtml({ type: 'element', tagName: 'div', properties: { style }, children });
}

/** Chromium's headerTemplate and footerTemplate for a brief. */
export function headerFooterTemplates(header: PdfHeader): { headerTemplate: string; footerTemplate: string } {
  const headerTemplate = band(
    [
      span('overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-style: italic', [text(header.title.trim())]),
      span('white-space: nowrap', [text(header.date.trim())]),
    ],
    'top',
  );
  const footerTemplate = band(
    [
      span('', []),
      span('white-space: nowrap', [text('Page '), span('', [], 'pageNumber'), text(' of '), span('', [], 'totalPages')]),
    ],
    'bottom',
  );
  return { headerTemplate, footerTemplate };
}

const MM_PER_INCH = 25.4;

/**
 * Options for Electron's webContents.printToPDF that print like printPdf.ts (margins in inches
 * there). Typed structurally so the core never imports Electron.
 */
export function electronPrintOptions(header: PdfHeader) {
  return {
    pageSize: 'A4' as const,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    ...headerFooterTemplates(header),
    margins: {
      top: PAGE_MARGINS_MM.top / MM_PER_INCH,
      right: PAGE_MARGINS_MM.right / MM_PER_INCH,
      bottom: PAGE_MARGINS_MM.bottom / MM_PER_INCH,
      left: PAGE_MARGINS_MM.left / MM_PER_INCH,
    },
  };
}
