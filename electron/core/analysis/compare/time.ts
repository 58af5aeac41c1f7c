/** Conflicting clock times in one claim. Values are minutes after midnight. */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, Discrepancy, FactLink } from './types';
import { valueConflicts } from './valueConflicts';

/** "around 7.15pm" and "7.30pm" can be one reading; exact times must match. */
const APPROX_MINUTES = 15;

export function formatTime(v: ExtractedValue): string {
  const m = Number(v.value);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.round(m % 60)).padStart(2, '0')}`;
}

export function timeConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'time',
      kind: 'time',
      same: (a, b) => a.value === b.value || ((a.approximate || b.approximate) && Math.abs(Number(a.value) - Number(b.value)) <= APPROX_MINUTES),
      format: formatTime,
      label: () => 'Time',
      group: () => null,
    },
    claims,
    nearDup,
    links,
  );
}
