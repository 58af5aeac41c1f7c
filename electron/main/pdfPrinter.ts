/**
 * The Electron PdfPrinter: the brief's print HTML in a hidden, sandboxed window with JavaScript
 * off, printed by webContents.printToPDF with the same header, footer and page options as the
 * headless-Chromium printer (electron/core/brief/export). Same document, same look.
 * One window per print, destroyed afterwards.
 */
import { BrowserWindow, session } from 'electron';
import { electronPrintOptions, type PdfPrinter } from '../core/brief/export/pdfTemplates';

const PRINT_PARTITION = 'copydesk-print';

export const electronPdfPrinter: PdfPrinter = async (html, header) => {
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  const win = new BrowserWindow({
    show: false,
    width: 794, // A4 at 96 dpi, so any layout measured before printing matches the page
    height: 1123,
    webPreferences: {
      // Its own in-memory session: nothing shared with the desk (cookies, cache, permissions).
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    // The document carries its own CSP (no script, no fetch); a data: URL keeps it off the app's origin.
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF(electronPrintOptions(header));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    win.destroy();
  }
};
