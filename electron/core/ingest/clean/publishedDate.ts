/**
 * A publication date stated near the top of a plain-text article: "Published 18 March 2026",
 * "June 19, 2023 10:30 am", "2026-03-18". Only a short line that is mostly the date counts, so
 * a date inside a sentence ("on 18 March 2026 the council…") is a claim, not metadata.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const LEAD_WORDS = /^(published|posted|updated|last updated|date|on)\b[:\s]*/i;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(key.slice(0, 3))) + 1;
}

/** The date a short date line states, as YYYY-MM-DD, or null. */
export function dateOfLine(line: string): string | null {
  const text = line.trim().replace(LEAD_WORDS, '');
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return iso(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return iso(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  match = ISO.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

/** The first date line among the first few lines of an article. */
export function publishedDate(lines: string[]): string | null {
  for (const line of lines.slice(0, 6)) {
    const date = dateOfLine(line);
    if (date) return date;
  }
  return null;
}
