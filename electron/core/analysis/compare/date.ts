/**
 * Conflicting dates and weekdays in one claim. The report has no 'weekday' kind, so weekday
 * conflicts ("on Tuesday" / "on Wednesday") are reported as kind 'date' by a separate check:
 * a date and a weekday are never compared with each other (that needs the calendar year).
 */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, Discrepancy, FactLink } from './types';
import { valueConflicts } from './valueConflicts';

/** '--03-17' (year unknown) states the same day as '2026-03-17'. */
function sameDate(a: ExtractedValue, b: ExtractedValue): boolean {
  const [x, y] = [String(a.value), String(b.value)];
  if (x === y) return true;
  return (x.startsWith('--') || y.startsWith('--')) && x.slice(-5) === y.slice(-5);
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

export function dateConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  return valueConflicts(
    { valueKind: 'date', kind: 'date', same: sameDate, format: (v) => String(v.value), label: () => 'Date', group: () => null },
    claims,
    nearDup,
    links,
  );
}

export function weekdayConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'weekday',
      kind: 'date',
      same: (a, b) => a.value === b.value,
      format: (v) => capitalise(String(v.value)),
      label: () => 'Day',
      group: () => null,
    },
    claims,
    nearDup,
    links,
  );
}
