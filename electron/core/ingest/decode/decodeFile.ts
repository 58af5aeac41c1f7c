/**
 * The first step of an import: bytes → text, read honestly. The content decides what a file is —
 * never its extension, and never a magic-number guess: real UTF-8 articles exist whose first
 * letters `file(1)` takes for a binary format. What cannot be read becomes an AppError the editor
 * can act on, never garbled text.
 */
import { dataFileKind } from './dataFile';
import { AppError } from '../../../../shared/api/errors';
import type { DecodedFile } from '../types';
import { readDocx } from './readDocx';
import { detectTextFormat } from './textFormat';
import { decodeWindows1252 } from './windows1252';
import { zipEntryNames } from './zipEntryNames';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type TextEncoding = Exclude<DecodedFile['encoding'], 'docx'>;

const PASTE_INSTEAD = 'copy the article’s text and paste it into Copydesk instead';
/** Some tools name the main part document2.xml; it is still a Word document. */
const WORD_MAIN_PART = /^word\/document\d*\.xml$/;

export async function decodeFile(bytes: Uint8Array, fileName: string): Promise<DecodedFile> {
  const name = baseName(fileName);
  // Size first: nothing larger than the limit is decoded, unzipped or scanned.
  if (bytes.length > MAX_IMPORT_BYTES) {
    const megabytes = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new AppError(
      'TOO_LARGE',
      `“${name}” is ${megabytes} MB; Copydesk imports files up to 20 MB. Import just the article, or ${PASTE_INSTEAD}.`,
      { bytes: bytes.length, limit: MAX_IMPORT_BYTES },
    );
  }
  if (bytes.length === 0) throw emptyFile(name);
  if (startsWithAscii(bytes, '%PDF-')) {
    throw new AppError('UNSUPPORTED_FILE', `“${name}” is a PDF, which Copydesk cannot import. Open it, ${PASTE_INSTEAD}.`);
  }

  const entries = zipEntryNames(bytes);
  if (entries !== null) {
    if (!entries.some((entry) => WORD_MAIN_PART.test(entry))) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `“${name}” is a ZIP archive, not an article. Unzip it and import the article inside, or ${PASTE_INSTEAD}.`,
      );
    }
    const text = await readDocx(bytes, name);
    if (text.trim() === '') throw emptyFile(name);
    return { format: 'docx', encoding: 'docx', text };
  }

  const { text, encoding } = decodeText(bytes, name);
  if (looksBinary(text, encoding === 'windows-1252')) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `“${name}” is not a text file (it looks like a picture, program or other binary file). ` +
        `Import the article as a .txt, .html, .md or .docx file, or ${PASTE_INSTEAD}.`,
    );
  }
  if (text.trim() === '') throw emptyFile(name);
  const data = dataFileKind(text);
  if (data) {
    throw new AppError('UNSUPPORTED_FILE', `“${name}” is a ${data} data file, not an article. Import the article itself as a .txt, .html, .md or .docx file, or ${PASTE_INSTEAD}.`);
  }
  return { format: detectTextFormat(text, name), encoding, text };
}

/** A BOM is the writer's own word on the encoding; without one, strict UTF-8 or else Windows' Latin. */
function decodeText(bytes: Uint8Array, name: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3), name), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2), name), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2), name), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: older Windows editors write code page 1252, where every byte is some character.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes bytes whose BOM named the encoding. The BOM is already removed, and ignoreBOM keeps a
 * second one in the text as written. A file that breaks its own BOM's promise is refused rather
 * than patched with replacement characters.
 */
function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    throw new AppError(
      'UNSUPPORTED_FILE',
      `“${name}” says it is ${label} text, but some of its bytes are not. ` +
        `Open it in a text editor, save it again as UTF-8 and import it again, or ${PASTE_INSTEAD}.`,
      undefined,
      { cause: error },
    );
  }
}

/**
 * Text has tabs, line ends and form feeds, and very few other control characters; binary data
 * has NULs and many controls. C1 controls count only for code page 1252, where they come from
 * the five undefined bytes: in valid UTF-8 they are usually mojibake, which is still text.
 */
export function looksBinary(text: string, countC1: boolean): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    const c0 = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    if (c0 || (countC1 && code >= 0x80 && code <= 0x9f)) controls++;
  }
  // One stray control (a DOS end-of-file ^Z, a Word vertical tab) does not make a file binary.
  return controls > Math.max(1, text.length * 0.01);
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The name the editor knows the file by, whichever separator its path uses. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() || 'untitled file';
}

function emptyFile(name: string): AppError {
  return new AppError('INVALID_INPUT', `“${name}” is empty: there is no text to import. Check you picked the right file, or ${PASTE_INSTEAD}.`);
}
