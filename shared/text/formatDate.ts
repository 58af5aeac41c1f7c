const FORMATS = {
  /** "18 Mar 2026": lists and metadata in the desk. */
  short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  /** "18 March 2026": references and headers in exports, as an editor writes them. */
  long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * An ISO date or date-time as a calendar date (as written, no time-zone shift); anything else
 * verbatim, trimmed; null or blank as null.
 */
export function formatDate(value: string | null | undefined, style: keyof typeof FORMATS = 'short'): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return value.trim();
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return value.trim();
  return FORMATS[style].format(date);
}
