/**
 * Conflicting figures inside one claim, shared by the number, duration, date, time and weekday
 * checks. Within a claim, the values of one kind (and, for numbers, one counted noun) are
 * grouped into readings; two readings conflict only when no member states both, because a
 * sentence giving "6.40pm" and "7.15pm" reports two facts, not a disagreement.
 */
import type { ExtractedValue, ValueKind } from '../types';
import type { ClaimFacts, Discrepancy, DiscrepancyKind, SentenceFacts } from './types';
import { buildDiscrepancy, excerpt, versus } from './support';
import type { RawVariant } from './support';

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
}

interface Reading {
  value: ExtractedValue;
  items: Array<{ sentence: SentenceFacts; value: ExtractedValue }>;
}

/** Within `tolerance` (a share of the larger) when either side is approximate; else exact. */
export function sameNumber(a: ExtractedValue, b: ExtractedValue, tolerance = 0.15): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return a.value === b.value;
  if (a.value === b.value) return true;
  if (!a.approximate && !b.approximate) return false;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function readingsOf(check: ValueCheck, items: Reading['items']): Reading[] {
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

function checkGroup(check: ValueCheck, claim: ClaimFacts, group: string | null, items: Reading['items'], nearDup: ReadonlyMap<number, number>): Discrepancy | null {
  const readings = readingsOf(check, items);
  if (readings.length < 2) return null;
  for (const m of claim.members) {
    const mine = readings.filter((r) => r.items.some((i) => i.sentence === m));
    if (mine.length > 1) return null;
  }
  const variants: RawVariant[] = readings.map((r) => ({
    text: check.format(r.value),
    excerpts: r.items.map((i) => excerpt(i.sentence, i.value.start, i.value.end)),
  }));
  return buildDiscrepancy({
    kind: check.kind,
    key: `${claim.key}\u0000${check.valueKind}\u0000${group ?? ''}`,
    variants,
    nearDuplicateOf: nearDup,
    summary: (vs) => `${check.label(group)}: ${versus(vs)}`,
  });
}

/** All conflicts of one value kind, claim by claim. */
export function valueConflicts(check: ValueCheck, claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const claim of claims) {
    if (new Set(claim.members.map((m) => m.sourceId)).size < 2) continue;
    const groups = new Map<string, { group: string | null; items: Reading['items'] }>();
    for (const sentence of claim.members) {
      for (const value of sentence.values) {
        if (value.kind !== check.valueKind) continue;
        const group = check.group(value);
        const slot = groups.get(group ?? '\u0000') ?? { group, items: [] };
        slot.items.push({ sentence, value });
        groups.set(group ?? '\u0000', slot);
      }
    }
    for (const { group, items } of groups.values()) {
      const d = checkGroup(check, claim, group, items, nearDup);
      if (d !== null) out.push(d);
    }
  }
  return out;
}
