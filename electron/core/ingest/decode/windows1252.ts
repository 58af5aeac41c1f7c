/**
 * Decodes Windows code page 1252 as the WHATWG Encoding Standard defines it. Node's own
 * TextDecoder('windows-1252') decodes it as Latin-1 since v20.18.3 / v22.13.0
 * (nodejs/node#60888), turning every curly quote, dash and euro sign of an old Word export into an
 * invisible control character — so we map the 32 bytes where the two differ ourselves.
 */

/** 0x80–0x9F. The five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls, as the standard says. */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
/** fromCharCode takes its codes as arguments; chunks keep a 20 MB file under the engine's argument limit. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}
