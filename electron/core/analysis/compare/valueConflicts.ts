/**
 * Conflicting figures, shared by the number, duration, date, time and weekday checks.
 *
 * Values are gathered into facts (valueFacts.ts): the values of one kind in one claim, and
 * values that alignment split over two claims when the two sentences still report the same fact.
 * Within a fact the values are grouped into readings; two readings conflict only when no
 * sentence states both, because a sentence giving "6.40pm" and "7.15pm" reports two facts, not
 * a disagreement, and when every pair of readings may be compared at all (`comparable`).
 */
import type { ExtractedValue, ValueKind } from '../types';
import type { ClaimFacts, Discrepancy, DiscrepancyKind, FactLink } from './types';
import { buildDiscrepancy, excerpt, versus } from './support';
import type { RawVariant } from './support';
import { gatherFacts } from './valueFacts';
import type { ValueItem } from './valueFacts';

export interface ValueCheck {
  /** The value kind read from the sentences. */
  valueKind: ValueKind;
  /** The discrepancy kind reported. */
  kind: DiscrepancyKind;
  /** Do two values state the same fact (tolerance for approximate ones)? */
  same: (a: ExtractedValue, b: ExtractedValue) => boolean;
  /** How a value is shown in variants and summaries ("35 min"). */
  format: (v: ExtractedValue) => string;
  /** The subject of the summary ("Duration", "Passenger count"). */
  label: (group: string | null) => string;
  /** Which values may be compared at all: numbers only with the same counted noun. */
  group: (v: ExtractedValue) => string | null;
  /**
   * Can two values of one group be readings of one fact? Durations measuring different things
   * ("a two-day trip", "the first in 5 years") cannot. Absent: always.
   */
  comparable?: (a: ExtractedValue, b: ExtractedValue) => boolean;
}

interface Reading {
  value: ExtractedValue;
  items: ValueItem[];
}

/** Within `tolerance` (a share of the larger) when either side is approximate; else exact. */
export function sameNumber(a: ExtractedValue, b: ExtractedValue, tolerance = 0.15): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return a.value === b.value;
  if (a.value === b.value) return true;
  if (!a.approximate && !b.approximate) return false;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function readingsOf(check: ValueCheck, items: readonly ValueItem[]): Reading[] {
  const readings: Reading[] = [];
  for (const item of items) {
    // An exact value names its reading over an approximate one ("35" over "about 35").
    const r = readings.find((x) => check.same(x.value, item.value));
    if (r === undefined) readings.push({ value: item.value, items: [item] });
    else {
      r.items.push(item);
      if (r.value.approximate && !item.value.approximate) r.value = item.value;
    }
  }
  return readings;
}

function checkFact(check: ValueCheck, key: string, group: string | null, items: readonly ValueItem[], nearDup: ReadonlyMap<number, number>): Discrepancy | null {
  const readings = readingsOf(check, items);
  if (readings.length < 2) return null;
  // A sentence stating two readings reports two facts ("from 6.40pm until 9pm"), not a disagreement.
  for (const r of readings) for (const i of r.items) if (readings.some((o) => o !== r && o.items.some((j) => j.sentence === i.sentence))) return null;
  if (check.comparable !== undefined) {
    for (let p = 0; p < readings.length; p++)
      for (let q = p + 1; q < readings.length; q++) if (!check.comparable((readings[p] as Reading).value, (readings[q] as Reading).value)) return null;
  }
  const variants: RawVariant[] = readings.map((r) => ({
    text: check.format(r.value),
    excerpts: r.items.map((i) => excerpt(i.sentence, i.value.start, i.value.end)),
  }));
  return buildDiscrepancy({
    kind: check.kind,
    key: `${key}\u0000${check.valueKind}\u0000${group ?? ''}`,
    variants,
    nearDuplicateOf: nearDup,
    summary: (vs) => `${check.label(group)}: ${versus(vs)}`,
  });
}

/** All conflicts of one value kind, fact by fact. */
export function valueConflicts(check: ValueCheck, claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const fact of gatherFacts(check, claims, links)) {
    const d = checkFact(check, fact.key, fact.group, fact.items, nearDup);
    if (d !== null) out.push(d);
  }
  return out;
}
