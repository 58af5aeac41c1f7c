/**
 * Highlights in the reader: discrepancy excerpts and the editor's annotations of one source, as
 * offsets into its cleaned text, cut into the reader's paragraphs (format.ts `paragraphSpans`) and
 * into flat segments, each segment carrying every highlight that covers it. Pure.
 */
import type { AnalysisReport, DiscrepancyKind } from '../../../shared/domain/analysis';
import type { Annotation, AnnotationKind } from '../../../shared/domain/annotation';
import { paragraphSpans } from '../format';

export type Highlight =
  | { type: 'discrepancy'; id: string; kind: DiscrepancyKind; start: number; end: number }
  | { type: 'annotation'; id: number; kind: AnnotationKind; start: number; end: number };

export type DiscrepancyHighlight = Extract<Highlight, { type: 'discrepancy' }>;

export interface Segment {
  text: string;
  start: number;
  highlights: Highlight[];
}

export interface ParagraphSegments {
  start: number;
  segments: Segment[];
}

/** The current analysis' excerpts in this source whose offsets still point at their quote. */
export function discrepancyHighlights(report: AnalysisReport | null, sourceId: number, text: string): DiscrepancyHighlight[] {
  const found: DiscrepancyHighlight[] = [];
  for (const d of report?.discrepancies ?? []) {
    const seen = new Set<string>();
    for (const variant of d.variants)
      for (const e of variant.excerpts) {
        const key = `${e.start}:${e.end}`;
        if (e.sourceId !== sourceId || seen.has(key) || text.slice(e.start, e.end) !== e.quote) continue;
        seen.add(key);
        found.push({ type: 'discrepancy', id: d.id, kind: d.kind, start: e.start, end: e.end });
      }
  }
  return found;
}

export function annotationHighlights(annotations: Annotation[], text: string): Highlight[] {
  return annotations
    .filter((a) => a.state === 'anchored' && text.slice(a.anchor.start, a.anchor.end) === a.anchor.quote)
    .map((a) => ({ type: 'annotation', id: a.id, kind: a.kind, start: a.anchor.start, end: a.anchor.end }));
}

/** Each paragraph of `text`, cut where any highlight starts or ends. */
export function segmentParagraphs(text: string, highlights: Highlight[]): ParagraphSegments[] {
  return paragraphSpans(text).map(({ text: paragraph, start }) => {
    const end = start + paragraph.length;
    const inside = highlights.filter((h) => h.start < end && h.end > start);
    const cuts = new Set<number>([start, end]);
    for (const h of inside) {
      cuts.add(Math.max(start, h.start));
      cuts.add(Math.min(end, h.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      segments.push({ text: text.slice(from, to), start: from, highlights: inside.filter((h) => h.start <= from && h.end >= to) });
    }
    return { start, segments };
  });
}

/** Highlights travel through Lexical MarkNode ids as strings: `d|kind|id` and `a|kind|id`. */
export function markId(h: Highlight): string {
  return `${h.type === 'discrepancy' ? 'd' : 'a'}|${h.kind}|${h.id}`;
}

export function parseMarkId(id: string): { type: 'discrepancy' | 'annotation'; kind: string; id: string } | null {
  const [type, kind, ...rest] = id.split('|');
  if ((type !== 'd' && type !== 'a') || !kind || rest.length === 0) return null;
  return { type: type === 'd' ? 'discrepancy' : 'annotation', kind, id: rest.join('|') };
}
