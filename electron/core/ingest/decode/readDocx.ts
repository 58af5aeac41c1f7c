/**
 * Plain text out of a Word document, paragraphs separated by blank lines. Mammoth is loaded only
 * when a .docx arrives, so text and HTML imports do not pay for it.
 */
import { AppError } from '../../../../shared/api/errors';

export async function readDocx(bytes: Uint8Array, name: string): Promise<string> {
  let raw: string;
  try {
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `Copydesk could not read this Word document, “${name}”: it may be damaged or in an older format. ` +
        'Open it in Word and save it again as .docx, or copy the article’s text and paste it into Copydesk instead.',
      undefined,
      { cause: error },
    );
  }
  // Mammoth ends every paragraph with a blank line; empty paragraphs would stack them up.
  return raw.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
