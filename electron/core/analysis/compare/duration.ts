/**
 * Conflicting durations of one fact ("35 minutes" / "five hours"). Values are minutes. Two
 * durations that measure different things are never compared: a noun they measure that differs
 * ("a two-day trip" / "a three-hour meeting"), or scales too far apart to be readings of one
 * length ("a two-day trip" / "the first visit in 5 years": a span since, not a length).
 */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, Discrepancy, FactLink } from './types';
import { sameNumber, valueConflicts } from './valueConflicts';
import { SYNONYMS } from '../align/synonyms';

const DAY = 24 * 60;
const YEAR = 365 * DAY;

/** Minutes up to a day, as the desk reads them ("300 min"); whole years and days as such. */
export function formatDuration(v: ExtractedValue): string {
  const m = Number(v.value);
  if (m >= YEAR && m % YEAR === 0) return `${m / YEAR} ${m === YEAR ? 'year' : 'years'}`;
  if (m >= DAY && m % DAY === 0) return `${m / DAY} ${m === DAY ? 'day' : 'days'}`;
  return `${Math.round(m * 100) / 100} min`;
}

/** Readings of one length differ by a few times at most (35 min / 7 1/2 hours is 13×); 2 days / 5 years is 900×. */
export const MAX_SCALE = 50;

const fold = (noun: string): string => SYNONYMS.single.get(noun) ?? noun;

/** Could the two be readings of one length: same thing measured (when both say), comparable scale? */
export function measureSame(a: ExtractedValue, b: ExtractedValue): boolean {
  if (a.counts !== null && b.counts !== null && fold(a.counts) !== fold(b.counts)) return false;
  const [x, y] = [Math.abs(Number(a.value)), Math.abs(Number(b.value))];
  return Math.max(x, y) <= MAX_SCALE * Math.min(x, y);
}

export function durationConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'duration',
      kind: 'duration',
      // "about six hours" and "almost six hours" are one reading.
      same: (a, b) => sameNumber(a, b),
      format: formatDuration,
      label: () => 'Duration',
      group: () => null,
      comparable: measureSame,
    },
    claims,
    nearDup,
    links,
  );
}
