/**
 * The rows of the compare table: one per claim, in story order, with each source's sentences and
 * the kinds of discrepancy the analysis flagged inside the claim.
 */
import type { AnalysisReport, ClaimResult, DiscrepancyKind } from '../../../../shared/domain/analysis';
import { conflictsByClaim, factsDiffer } from './conflicts';
import { inStoryOrder, type Member } from '../../../../shared/domain/storyOrder';

export interface CompareRow {
  claim: ClaimResult;
  /** The claim's sentences by source id (more than one where a source repeats itself), in text order. */
  cells: Map<number, Member[]>;
  /** Kinds of discrepancy flagged inside the claim (single-source left out). */
  conflictKinds: DiscrepancyKind[];
  /** Sources whose sentence gives the odd reading out of a flagged discrepancy, with its kinds. */
  outliers: ReadonlyMap<number, DiscrepancyKind[]>;
}

const NONE: ReadonlyMap<number, DiscrepancyKind[]> = new Map();

export function buildRows(report: Pick<AnalysisReport, 'claims' | 'discrepancies'>): CompareRow[] {
  const conflicts = conflictsByClaim(report.claims, report.discrepancies);
  return inStoryOrder(report.claims).map((claim) => {
    const cells = new Map<number, Member[]>();
    for (const m of [...claim.members].sort((a, b) => a.start - b.start)) {
      const list = cells.get(m.sourceId);
      if (list) list.push(m);
      else cells.set(m.sourceId, [m]);
    }
    const found = conflicts.get(claim.id);
    return { claim, cells, conflictKinds: found?.kinds ?? [], outliers: found?.outliers ?? NONE };
  });
}

/** A source's sentence(s) for a claim, or null while its text is loading or when it lacks the claim. */
export function cellText(members: readonly Member[] | undefined, text: string | undefined): string | null {
  if (!members || text === undefined) return null;
  return members.map((m) => text.slice(m.start, m.end)).join(' … ');
}

/**
 * A row has a conflict when the analysis flagged one inside its claim, or when the cells of the
 * shown sources (`columns`) disagree on a figure, weekday or month. Cells whose text has not loaded
 * yet do not count.
 */
export function hasConflict(row: CompareRow, columns: readonly number[], texts: ReadonlyMap<number, string>): boolean {
  if (row.conflictKinds.length > 0) return true;
  const sentences: string[] = [];
  for (const id of columns) {
    const sentence = cellText(row.cells.get(id), texts.get(id));
    if (sentence !== null) sentences.push(sentence);
  }
  return sentences.length > 1 && factsDiffer(sentences);
}
