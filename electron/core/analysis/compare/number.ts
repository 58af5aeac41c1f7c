/** Conflicting counts in one claim ("212 passengers" / "221 passengers"). */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, Discrepancy, FactLink } from './types';
import { sameNumber, valueConflicts } from './valueConflicts';

const isWordOne = (v: ExtractedValue): boolean => /^one$/iu.test(v.text);

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

export function numberConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  return valueConflicts(
    {
      valueKind: 'number',
      kind: 'number',
      same: (a, b) => sameNumber(a, b),
      format: (v) => String(v.value),
      label: (noun) => (noun === null ? 'Figure' : `${capitalise(noun)} count`),
      // "212 passengers" and "14 crew" are different facts; bare figures only meet bare figures.
      group: (v) => v.counts,
      // "one" is as often a determiner ("one country and another") as a count.
      comparable: (a, b) => !isWordOne(a) && !isWordOne(b),
    },
    claims,
    nearDup,
    links,
  );
}
