/**
 * The file name an export is offered under: the brief's title, made safe for every file system
 * the desk runs on (no path separators or characters Windows refuses, no reserved device names,
 * no leading or trailing dots and spaces), at most 80 characters, "Brief" when nothing is left.
 */
export type ExportExtension = 'md' | 'pdf' | 'html';

const MAX_CHARS = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFileName(title: string, extension: ExportExtension): string {
  let base = title
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  base = [...base].slice(0, MAX_CHARS).join('');
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '') base = 'Brief';
  if (RESERVED.test(base)) base = `${base} brief`;
  return `${base}.${extension}`;
}
