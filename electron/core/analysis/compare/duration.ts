/** Conflicting durations in one claim ("35 minutes" / "five hours"). Values are minutes. */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, Discrepancy } from './types';
import { sameNumber, valueConflicts } from './valueConflicts';

const DAY = 24 * 60;
const YEAR = 365 * DAY;

/** Minutes up to a day, as the desk reads them ("300 min"); whole years and days as such. */
export function formatDuration(v: ExtractedValue): string {
  const m = Number(v.value);
  if (m >= YEAR && m % YEAR === 0) return `${m / YEAR} ${m === YEAR ? 'year' : 'years'}`;
  if (m >= DAY && m % DAY === 0) return `${m / DAY} ${m === DAY ? 'day' : 'days'}`;
  return `${Math.round(m * 100) / 100} min`;
}

export function durationConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'duration',
      kind: 'duration',
      // "about six hours" and "almost six hours" are one reading.
      same: (a, b) => sameNumber(a, b),
      format: formatDuration,
      label: () => 'Duration',
      group: () => null,
    },
    claims,
    nearDup,
  );
}
