/** Conflicting counts in one claim ("212 passengers" / "221 passengers"). */
import type { ClaimFacts, Discrepancy } from './types';
import { sameNumber, valueConflicts } from './valueConflicts';

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

export function numberConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'number',
      kind: 'number',
      same: (a, b) => sameNumber(a, b),
      format: (v) => String(v.value),
      label: (noun) => (noun === null ? 'Figure' : `${capitalise(noun)} count`),
      // "212 passengers" and "14 crew" are different facts; bare figures only meet bare figures.
      group: (v) => v.counts,
    },
    claims,
    nearDup,
  );
}
