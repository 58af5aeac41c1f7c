/**
 * Which rows of the compare table hold a conflict: the analysis flagged a discrepancy inside the
 * claim (any kind but single-source) that the editor has not dismissed, or the cells shown disagree on a fact — a figure, a weekday
 * or a month that each of two sentences gives differently. A sentence that merely leaves a figure
 * out does not disagree; "212 and 14" against "221 and 14" does.
 */
import type { ClaimResult, Discrepancy, DiscrepancyKind } from '../../../../shared/domain/analysis';

export interface ClaimConflicts {
  /** Kinds of discrepancy with an excerpt inside the claim. */
  kinds: DiscrepancyKind[];
  /** Sources whose sentence holds the odd reading out (the variant fewest sources give), with its kinds. */
  outliers: Map<number, DiscrepancyKind[]>;
}

/** The discrepancies (single-source and dismissed ones left out) with an excerpt inside each claim, by claim id. */
export function conflictsByClaim(claims: readonly ClaimResult[], discrepancies: readonly Discrepancy[]): Map<string, ClaimConflicts> {
  const membersBySource = new Map<number, Array<{ claimId: string; start: number; end: number }>>();
  for (const claim of claims)
    for (const m of claim.members) {
      const list = membersBySource.get(m.sourceId) ?? [];
      list.push({ claimId: claim.id, start: m.start, end: m.end });
      membersBySource.set(m.sourceId, list);
    }
  const result = new Map<string, ClaimConflicts>();
  for (const d of discrepancies) {
    // A dismissed flag is the editor saying the sources do not really disagree there.
    if (d.kind === 'single-source' || d.status === 'dismissed') continue;
    const fewest = Math.min(...d.variants.map((v) => v.sourceIds.length));
    for (const variant of d.variants)
      for (const excerpt of variant.excerpts)
        for (const m of membersBySource.get(excerpt.sourceId) ?? []) {
          if (excerpt.start >= m.end || excerpt.end <= m.start) continue;
          const entry = result.get(m.claimId) ?? { kinds: [], outliers: new Map<number, DiscrepancyKind[]>() };
          addOnce(entry.kinds, d.kind);
          if (variant.sourceIds.length === fewest) {
            const kinds = entry.outliers.get(excerpt.sourceId) ?? [];
            addOnce(kinds, d.kind);
            entry.outliers.set(excerpt.sourceId, kinds);
          }
          result.set(m.claimId, entry);
        }
  }
  return result;
}

function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
};
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface Facts {
  figures: Set<string>;
  weekdays: Set<string>;
  months: Set<string>;
}

/** Figures (digit runs and number words: "7.15pm" gives 7 and 15), weekdays and months of a sentence. */
export function factsOf(sentence: string): Facts {
  const facts: Facts = { figures: new Set(), weekdays: new Set(), months: new Set() };
  for (const digits of sentence.match(/\d+/g) ?? []) facts.figures.add(String(Number(digits)));
  for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? []) {
    const figure = NUMBER_WORDS[word];
    if (figure) facts.figures.add(figure);
    else if (WEEKDAYS.includes(word)) facts.weekdays.add(word);
    // "May" is also a verb; only the unambiguous month names count.
    else if (word !== 'may' && MONTHS.includes(word)) facts.months.add(word);
  }
  return facts;
}

const factsCache = new Map<string, Facts>();

/** factsOf, remembered: the conflict count re-reads every shown cell whenever a text arrives. */
function cachedFacts(sentence: string): Facts {
  let facts = factsCache.get(sentence);
  if (!facts) {
    if (factsCache.size >= 50_000) factsCache.clear();
    facts = factsOf(sentence);
    factsCache.set(sentence, facts);
  }
  return facts;
}

/** True when two of the sentences each give a figure, weekday or month the other does not. */
export function factsDiffer(sentences: readonly string[]): boolean {
  const all = sentences.map(cachedFacts);
  for (const key of ['figures', 'weekdays', 'months'] as const) {
    const sets = all.map((f) => f[key]).filter((s) => s.size > 0);
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++) if (!isSubset(sets[i]!, sets[j]!) && !isSubset(sets[j]!, sets[i]!)) return true;
  }
  return false;
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  for (const value of a) if (!b.has(value)) return false;
  return true;
}
