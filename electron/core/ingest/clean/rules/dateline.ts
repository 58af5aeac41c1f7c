/**
 * Datelines that open wire copy: "HALDEN (Reuters) –", "PORT VELLAN, March 3 (Agency) -",
 * "HALDEN —", "Halden, June 19 (Reuters) -". A line that opens with one is the first
 * paragraph of the story: body, never a title or junk.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:,\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s*\\d{4})?)`;
const AGENCY = '(?:\\s*\\(([^()]{1,40})\\))';
const DASH = '\\s*(?:[–—]|--?)\\s+\\S';

/** A place in capitals: "HALDEN", "PORT VELLAN", "WASHINGTON, D.C.". */
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,40}?(?:,\\s*\\p{Lu}[\\p{Lu}.]{1,12})?";
/** A place in ordinary case: "Halden", "Port Vellan". */
const MIXED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";

/** Capitals may stand alone before the dash; ordinary case needs a date or an agency to be a dateline. */
const DATELINE = new RegExp(
  `^(?:${CAPS_PLACE}${DATE}?${AGENCY}?|${MIXED_PLACE}(?:${DATE}${AGENCY}?|${AGENCY}))${DASH}`,
  'u',
);

export function isDateline(text: string): boolean {
  const match = DATELINE.exec(text);
  if (!match) return false;
  // "AT&T –" or a shouted word is not a place: a dateline place has at least two letters.
  return /\p{L}{2}/u.test(match[0]);
}

/** The agency named in a dateline's brackets, e.g. "Reuters" in "HALDEN (Reuters) –". */
export function datelineAgency(text: string): string | null {
  const match = DATELINE.exec(text);
  const agency = match?.[1] ?? match?.[2] ?? match?.[3];
  return agency?.trim() || null;
}
