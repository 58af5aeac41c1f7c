import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { decodeFile } from './decodeFile';
import { buildZip } from './testZip';

/** Resolves to a DecodedFile or rejects with an AppError: never a crash of another kind. */
async function decodesOrExplains(bytes: Uint8Array, fileName = 'any.txt'): Promise<string | AppError> {
  try {
    const decoded = await decodeFile(bytes, fileName);
    expect(typeof decoded.text).toBe('string');
    return decoded.text;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

const anyText = fc.string({ unit: 'binary', maxLength: 500 });

describe('decodeFile properties', () => {
  it('any bytes give a DecodedFile or an AppError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await decodesOrExplains(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('any string written as UTF-8 gives a DecodedFile or an AppError, and comes back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await decodesOrExplains(new TextEncoder().encode(text));
        // A leading U+FEFF is, in bytes, a UTF-8 BOM: it is read as one.
        if (typeof result === 'string') expect(result).toBe(text.replace(/^\uFEFF/, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('any string written as UTF-16LE with a BOM gives a DecodedFile or an AppError, and comes back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await decodesOrExplains(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
        if (typeof result === 'string') expect(result).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('text that is ordinary prose always imports', async () => {
    const prose = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ,.;:!?\'"-—“”’é\n\r\t'), minLength: 1, maxLength: 500 });
    await fc.assert(
      fc.asyncProperty(prose.filter((text) => text.trim() !== ''), async (text) => {
        expect(await decodesOrExplains(new TextEncoder().encode(text))).toBe(text);
      }),
    );
  });

  it('bytes that look like a ZIP, Word document or not, never crash the reader', async () => {
    const entry = fc.record({ name: fc.constantFrom('word/document.xml', '_rels/.rels', 'a.txt'), data: fc.uint8Array({ maxLength: 300 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 3 }), fc.nat(), fc.uint8Array({ maxLength: 8 }), async (entries, at, junk) => {
        const zip = buildZip(Object.fromEntries(entries.map(({ name, data }) => [name, data])));
        // Overwrite a few bytes somewhere, as a truncated download or a bad disk would.
        zip.set(junk.subarray(0, Math.max(0, zip.length - (at % zip.length))), at % zip.length);
        await decodesOrExplains(zip, 'maybe.docx');
      }),
      { numRuns: 200 },
    );
  });
});
