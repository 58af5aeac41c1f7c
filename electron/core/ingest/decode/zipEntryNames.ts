/**
 * Lists the names inside a ZIP container by reading its central directory, the structure every
 * ZIP reader trusts. Checking the structure (not only a leading "PK") keeps a text file that
 * happens to start with those letters from being taken for an archive.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_ENTRY_SIZE = 46;
/** The end record sits within the last 22 bytes plus a comment of at most 65,535 bytes. */
const MAX_EOCD_SEARCH = EOCD_SIZE + 0xffff;

/** The entry names, or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < EOCD_SIZE) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  if (eocd === null) return null;

  const entryCount = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // ZIP64 archives mark these fields with all-ones; a file under our size limit never needs them.
  if (dirOffset + dirSize > eocd) return null;

  const names: string[] = [];
  const latin1 = new TextDecoder('windows-1252');
  const utf8 = new TextDecoder('utf-8');
  let at = dirOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + CENTRAL_ENTRY_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_ENTRY_SIZE;
    if (nameStart + nameLength > eocd) return null;
    const raw = bytes.subarray(nameStart, nameStart + nameLength);
    // Bit 11 says the name is UTF-8; older tools wrote code page 437, close enough to Latin for ASCII names.
    names.push((flags & 0x0800 ? utf8 : latin1).decode(raw));
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Offset of the end-of-central-directory record, searching backwards as ZIP readers do. */
function findEndRecord(view: DataView): number | null {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, view.byteLength - MAX_EOCD_SEARCH);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(at + 20, true);
    // The comment must end exactly at the end of the file, or this is a stray signature.
    if (at + EOCD_SIZE + commentLength === view.byteLength) return at;
  }
  return null;
}
