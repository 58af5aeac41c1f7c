/** Dates as an editor writes them in a reference: "12 June 2023". */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An ISO date or date-time as "12 June 2023" (the calendar date as written, no time-zone shift);
 * anything else verbatim, trimmed; null or blank as null.
 */
export function formatDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return value.trim();
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return value.trim();
  return LONG_DATE.format(date);
}
