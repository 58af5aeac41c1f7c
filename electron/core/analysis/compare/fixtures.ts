/**
 * Test helper: small invented stories (written for these tests, no real copy) and a shortcut
 * to analyse them. Each story is three outlets reporting one fictional event.
 */
import { analyzeSources } from '../analyzeSources';
import type { AnalysisResult, SourceInput } from '../analyzeSources';

export function sources(texts: readonly string[], nearDuplicateOf: ReadonlyArray<number | null> = []): SourceInput[] {
  return texts.map((text, i) => ({ id: i + 1, title: `Outlet ${i + 1}`, text, nearDuplicateOf: nearDuplicateOf[i] ?? null }));
}

export function analyse(texts: readonly string[], nearDuplicateOf: ReadonlyArray<number | null> = []): AnalysisResult {
  return analyzeSources(sources(texts, nearDuplicateOf));
}

export function ofKind(result: AnalysisResult, kind: string): AnalysisResult['discrepancies'] {
  return result.discrepancies.filter((d) => d.kind === kind);
}

/** A bridge collapse, told three times; the third outlet disagrees on several facts. */
export const BRIDGE = [
  'The old bridge over the Tarn River in Oldmere collapsed on Monday morning.\n\n' +
    'Forty cars were on the bridge when it fell, said Kara Velt, a council engineer.\n\n' +
    'Rescue divers searched the river for six hours before the search was called off.\n\n' +
    'Mayor Tomas Rhee said: "We will rebuild this bridge stronger than before, and we will do it quickly."',
  'The old Tarn River bridge in Oldmere collapsed on Monday morning.\n\n' +
    'There were 40 cars on the bridge when it fell, said Kara Velt, a council engineer.\n\n' +
    'Divers searched the river for about six hours before the rescue search was called off.\n\n' +
    'Mayor Tomas Rhee said: "We will rebuild this bridge stronger than before, and we will do it quickly."',
  'The old bridge across the Tarn River at Oldmere collapsed on Tuesday morning.\n\n' +
    'There were 48 cars on the bridge when it fell, said Cara Velt, a council engineer.\n\n' +
    'Rescue divers searched the river for two hours before the search was called off.\n\n' +
    'Deputy Mayor Tomas Rhee said: "We shall rebuild this bridge stronger than ever, and we will do it quickly."\n\n' +
    'A witness said the bridge had been closed for repairs 12 times since 2019.',
];

/** A harbour strike: the same words credited to two different people by the third outlet. */
export const STRIKE = [
  'Dock workers in Saltmere walked out on Friday over pay.\n\n' +
    '"We have waited three years for a fair offer and we are done waiting," union leader Petra Lund said.',
  'Dock workers at Saltmere port went on strike on Friday in a dispute over pay.\n\n' +
    '"We have waited three years for a fair offer and we are done waiting," union leader Petra Lund said.',
  'Saltmere dock workers walked out on Friday over pay.\n\n' +
    '"We have waited three years for a fair offer and we are done waiting," port manager Olaf Brenn said.',
];

/** A ferry delay: the third outlet gives another departure time. */
export const DELAY = [
  'The night ferry to Kestrel Island left Saltmere at 9.30pm, two hours late, after a fault in the engine room.',
  'The night ferry for Kestrel Island finally left Saltmere at 9.30pm, two hours late, after an engine room fault.',
  'The night ferry to Kestrel Island left Saltmere at 11.45pm, two hours late, after a fault in its engine room.',
];

/** Approximate figures that agree ("about six hours" / "almost six hours"), and two facts in one sentence. */
export const AGREEING = [
  'The firefighters at Moor End fought the blaze for about six hours, from 6.40pm until after midnight.',
  'Firefighters at Moor End fought the blaze for almost six hours, from 6.40pm until after midnight.',
  'The Moor End firefighters fought the fire for six hours, from 6.40pm until after midnight.',
];

/** Problems with a result that must never occur: excerpts that do not quote the text, variants that agree. */
export function invariantProblems(result: AnalysisResult, input: readonly SourceInput[]): string[] {
  const text = new Map(input.map((s) => [s.id, s.text]));
  const problems: string[] = [];
  for (const d of result.discrepancies) {
    for (const v of d.variants) {
      for (const e of v.excerpts) {
        if (text.get(e.sourceId)?.slice(e.start, e.end) !== e.quote) problems.push(`${d.id}: excerpt ${e.sourceId}@${e.start} does not quote the text`);
        if (!v.sourceIds.includes(e.sourceId)) problems.push(`${d.id}: excerpt from a source the variant does not list`);
      }
    }
    const norm = new Set(d.variants.map((v) => v.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()));
    if (d.kind !== 'single-source' && norm.size < 2) problems.push(`${d.id}: all variants agree`);
    if (d.confidence < 0 || d.confidence > 1) problems.push(`${d.id}: confidence out of range`);
  }
  for (const c of result.claims) {
    for (const m of c.members) if ((text.get(m.sourceId)?.length ?? -1) < m.end) problems.push(`${c.id}: member out of range`);
  }
  return problems;
}
