/**
 * A compiled brief as the serialized Lexical JSON the exporters read, about a fictional story
 * (the Port Calder swing bridge) told by three fictional outlets. `bodyParagraphs` pads the body
 * so a print runs to about ten pages. Our own text throughout.
 */
import type { BriefDocument, BriefNode, CitedExcerpt, ExportMeta, ExportSource } from '../briefJson';

export const text = (value: string, format = 0): BriefNode => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: BriefNode[], extra: Partial<BriefNode> = {}): BriefNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});
export const para = (...children: BriefNode[]) => block('paragraph', children);
export const heading = (tag: 'h1' | 'h2' | 'h3', value: string) => block('heading', [text(value)], { tag });
export const section = (value: string, kind: string) => block('brief-section', [text(value)], { tag: 'h2', section: kind });
export const link = (url: string, ...children: BriefNode[]) => block('link', children, { url, rel: null, target: null, title: null });
export const item = (...children: BriefNode[]) => block('listitem', children, { value: 1 });
export const list = (listType: 'bullet' | 'number', items: BriefNode[]) => block('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
export const cell = (value: string, headerState = 0) => block('tablecell', [para(text(value))], { headerState, colSpan: 1 });
export const row = (...cells: BriefNode[]) => block('tablerow', cells);
export const table = (...rows: BriefNode[]) => block('table', rows);

export function cite(ids: number[], excerpts: CitedExcerpt[] = []): BriefNode {
  return { type: 'citation', text: `[${ids.join(', ')}]`, sourceIds: ids, excerpts, version: 1 };
}
export function claim(claimId: number, sentence: string, ids: number[], excerpts: CitedExcerpt[] = []): BriefNode {
  return block('brief-claim', [text(sentence), cite(ids, excerpts)], { claimId: `claim-${claimId}`, generatedText: sentence, review: false });
}

export const SOURCES: ExportSource[] = [
  { id: 1, outlet: 'The Harbour Ledger', title: 'Swing bridge to shut for six weeks', author: 'Ines Marlow', publishedAt: '2026-03-02T07:30:00Z', url: 'https://harbourledger.example/news/swing-bridge-closure' },
  { id: 2, outlet: 'Calder Evening Post', title: 'Bridge closure: what drivers need to know', author: null, publishedAt: '2026-03-02', url: 'https://eveningpost.example/2026/03/02/bridge' },
  { id: 3, outlet: 'Northline Wire', title: 'Port Calder bridge repairs to begin in April', author: 'T. Abernathy', publishedAt: '2026-03-01', url: 'https://northline.example/wire/88412' },
];

export const META: ExportMeta = { title: 'Port Calder swing bridge to close for repairs', exportedAt: '2026-03-03T09:15:00Z' };

const PADDING = [
  'Engineers will replace the turning gear, which has been in service since the bridge opened, and reseal the deck joints on both approaches.',
  'Buses that normally cross the bridge will run on the northern ring road, adding about twelve minutes to the morning journey into the town centre.',
  'Shop owners on Quay Street said they were worried about losing passing trade during the busiest weeks before the summer season.',
  'The harbour master said pleasure craft would still be able to pass under the bridge at low tide, but larger vessels would have to wait.',
  'A temporary footbridge for pedestrians and cyclists will be built alongside the main span and is due to open before the closure begins.',
  'Council officers will hold two public meetings at the library to explain the diversion routes and answer questions from residents.',
];

/** The compiled brief. */
export function briefFixture(bodyParagraphs = 0): BriefDocument {
  const okafor: CitedExcerpt = { sourceId: 1, start: 120, end: 190, quote: 'Harbour commissioner Maren Okafor said the work could not wait another winter.' };
  const okoafor: CitedExcerpt = { sourceId: 2, start: 88, end: 160, quote: 'Maren Okoafor, the harbour commissioner, said the repairs were overdue.' };
  const body: BriefNode[] = [];
  for (let i = 0; i < bodyParagraphs; i++) {
    const sentence = `${PADDING[i % PADDING.length]} (Detail ${i + 1}.)`;
    const ids = i % 2 ? [1, 3] : [2];
    // Like a compiled claim: one exact excerpt from each source that supports it.
    const excerpts = ids.map((id) => ({ sourceId: id, start: 400 + i * 180, end: 400 + i * 180 + sentence.length, quote: `${sentence.slice(0, -1)}, the ${SOURCES[id - 1]!.outlet} reported.` }));
    body.push(claim(100 + i, sentence, ids, excerpts));
  }
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        heading('h1', 'Port Calder swing bridge to close for six weeks'),
        block('brief-standfirst', [text('Road traffic will be diverted from 6 April while the 1930s bridge gets new turning gear, the harbour commission says.')]),
        claim(1, 'The swing bridge will close to road traffic on 6 April for six weeks of repairs.', [1, 2, 3], [okafor]),
        claim(2, 'Harbour commissioner Maren Okafor said the work could not wait another winter.', [1, 2], [okafor, okoafor]),
        para(text('Drivers are advised to use the '), text('northern ring road', 1), text(' and to allow extra time; details are on the '), link('https://portcalder.example/roadworks', text('council site')), text('.')),
        ...body,
        section('Single-source claims', 'single-source'),
        list('bullet', [item(text('The repairs will cost £4.2 million.'), cite([3])), item(text('A night-time ferry will run for foot passengers.'), cite([2]))]),
        section('Corrections', 'corrections'),
        table(
          row(cell('Discrepancy', 1), cell('What the sources said', 1), cell('Reading used', 1), cell('Note', 1)),
          row(cell('Name of the harbour commissioner'), cell('Harbour Ledger, Northline Wire: Maren Okafor; Calder Evening Post: Maren Okoafor'), cell('Maren Okafor'), cell('Checked against the commission’s staff list.')),
          row(cell('Length of the closure'), cell('Harbour Ledger, Calder Evening Post: six weeks; Northline Wire: six months'), cell('six weeks'), cell('The wire corrected its copy later the same day.')),
        ),
        section('Sources', 'sources'),
        list(
          'number',
          SOURCES.map((s) => item(text(`${s.outlet}, “${s.title}”${s.author ? `, ${s.author}` : ''}, ${s.publishedAt!.slice(0, 10)}, `), link(s.url!, text(s.url!)))),
        ),
      ],
    },
  };
}

/** What an untrusted article might say, in every way that could become markup if not escaped. */
export const HOSTILE =
  'Officials said <script>alert(1)</script> then <img src=x onerror=alert(1)> and [x](javascript:alert(1)) with *emphasis*, a | pipe, `ticks`, ``double``, a fake note[^1] and &amp; <!-- c -->.';
