import type { AnalysisReport, ClaimResult, Discrepancy } from '../../shared/domain/analysis';

export const SOURCES = 200;
export const CLAIMS = 2000;

/** 200 sources and 2,000 claims (each told by about 8% of the sources, one in ten told differently), deterministic. */
export function syntheticProject() {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const texts: string[] = Array.from({ length: SOURCES }, () => '');
  const claims: ClaimResult[] = [];
  const discrepancies: Discrepancy[] = [];
  for (let k = 0; k < CLAIMS; k++) {
    const members: ClaimResult['members'] = [];
    const reading = `Claim ${k}: the harbour board met ${k % 7 === 0 ? 'twice' : 'once'} and counted ${100 + k} passengers on the quay.`;
    for (let s = 0; s < SOURCES; s++) {
      if (random() > 0.08 && s > 3) continue;
      const changed = random() < 0.1;
      const sentence = changed ? `Claim ${k}: the port board met once and counted ${101 + k} people on the quay. ` : `${reading} `;
      members.push({ sourceId: s + 1, start: texts[s]!.length, end: texts[s]!.length + sentence.length - 1 });
      texts[s] += sentence;
    }
    claims.push({ id: `claim-${k}`, text: reading, sourceIds: members.map((m) => m.sourceId), members });
    if (k % 10 === 0) {
      const m = members[0]!;
      const at = texts[m.sourceId - 1]!.indexOf(String(100 + k), m.start);
      discrepancies.push({
        id: `number-${k}`, kind: 'number', status: 'open', summary: `Passengers: ${100 + k} vs ${101 + k}`, suggested: null, confidence: 0.5, reasons: [], decision: null,
        variants: [{ text: String(100 + k), sourceIds: [m.sourceId], excerpts: [{ sourceId: m.sourceId, start: at, end: at + String(100 + k).length, quote: String(100 + k) }] }],
      });
    }
  }
  const report: AnalysisReport = {
    analyzedAt: '2026-03-19T10:00:00.000Z', stale: false, entities: [], orphanedDecisions: [], claims, discrepancies,
    sources: texts.map((_, i) => ({ id: i + 1, title: `Report number ${i + 1}`, fileName: `report-${i + 1}.txt` })),
  };
  return { report, texts };
}

