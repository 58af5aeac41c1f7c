/**
 * Compiling the consensus brief from the analysis and the editor's decisions: the claims enough
 * independent sources make, in story order, each in its clearest wording with every decision
 * applied and its sources cited; then the claims set apart as unverified, the corrections, and the
 * sources. The result is a fresh document; mergeBrief keeps what the editor wrote.
 */
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, type ListItemNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $createBriefClaimNode } from '../../../shared/brief/BriefClaimNode';
import { $createBriefSectionNode } from '../../../shared/brief/BriefSectionNode';
import { $createBriefStandfirstNode } from '../../../shared/brief/BriefStandfirstNode';
import { $createCitationNode } from '../../../shared/brief/CitationNode';
import type { BriefDocument } from '../../../shared/brief/document';
import type { AnalysisReport, ClaimResult, Discrepancy, Excerpt } from '../../../shared/domain/analysis';
import type { SourceSummary } from '../../../shared/domain/source';
import { inStoryOrder } from '../../../shared/domain/storyOrder';
import { formatDate } from '../../../shared/text/formatDate';
import { applyReplacements, replacementsFor, type Replacement } from './applyDecisions';
import { citationLabel, sourceShortName } from './citationLabel';
import { buildBrief } from './headless';
import { claimSentences, clearestWording, sharedWording, sourceAgreement, wordSources, type ClaimSentence } from './wording';

export interface CompileInput {
  title: string;
  report: AnalysisReport;
  sources: readonly SourceSummary[];
  textOf(sourceId: number): string | undefined;
  /** K: a claim needs this many independent sources to enter the body. */
  minSupport: number;
}

export interface CompiledBrief {
  document: BriefDocument;
  body: number;
  setApart: number;
  corrections: number;
}

interface Line {
  claimId: string;
  text: string;
  sentences: ClaimSentence[];
}

/** Sources that reprint another (wire copy) count once: each is traced to the source it copies. */
function independentRoot(sources: readonly SourceSummary[]): (id: number) => number {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => {
    let at = id;
    for (let hops = 0; hops < 20; hops += 1) {
      const next = byId.get(at)?.nearDuplicateOf;
      if (next === null || next === undefined || !byId.has(next)) break;
      at = next;
    }
    return at;
  };
}

export function compileBrief(input: CompileInput): CompiledBrief {
  const { report, sources, minSupport } = input;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const numberOf = new Map(sources.map((s, i) => [s.id, i + 1]));
  const root = independentRoot(sources);
  const claims = inStoryOrder(report.claims);
  const sentencesOf = new Map(claims.map((c) => [c.id, claimSentences(c, input.textOf)]));
  const agreement = sourceAgreement([...sentencesOf.values()]);
  const doubtful = doubtfulPassages(report.discrepancies);
  const texts = new Map(sources.flatMap((s) => { const t = input.textOf(s.id); return t === undefined ? [] : [[s.id, t] as [number, string]]; }));
  const used = wordSources(texts);
  const shared = (s: ClaimSentence) => sharedWording(s, used, texts.size);
  const replacements = replacementsFor(report.discrepancies);
  const decided = report.discrepancies.filter((d) => d.decision?.status === 'decided' && d.kind !== 'single-source');

  const body: Line[] = [];
  const apart: Line[] = [];
  for (const claim of claims) {
    const sentences = sentencesOf.get(claim.id)!;
    if (sentences.length === 0) continue;
    const line = { claimId: claim.id, text: wordingOf(sentences, agreement, doubtful, shared, replacements), sentences };
    (supportOf(claim, root) >= minSupport ? body : apart).push(line);
  }

  const document = buildBrief(() => {
    const rootNode = $getRoot();
    rootNode.append($createHeadingNode('h1').append($createTextNode(input.title)));
    const summary = standfirst(sources, decided.length, apart.length, minSupport);
    rootNode.append($createBriefStandfirstNode(summary).append($createTextNode(summary)));
    for (const line of body) {
      rootNode.append($createBriefClaimNode(line.claimId, line.text).append($createTextNode(`${line.text} `), $citation(line.sentences, numberOf)));
    }
    rootNode.append($createBriefSectionNode('single-source').append($createTextNode(minSupport <= 2 ? 'Single-source claims' : `Claims with fewer than ${minSupport} sources`)));
    rootNode.append(
      $bulletList(
        apart.length === 0 ? [$createListItemNode().append($createTextNode(`None: every claim has at least ${minSupport} independent sources.`))] : apart.map((line) => $createListItemNode().append($createTextNode(`${line.text} `), $citation(line.sentences, numberOf))),
      ),
    );
    rootNode.append($createBriefSectionNode('corrections').append($createTextNode('Corrections')));
    rootNode.append(decided.length === 0 ? $bulletList([$createListItemNode().append($createTextNode('No corrections: no discrepancy has been decided yet.'))]) : $correctionsTable(decided, byId));
    rootNode.append($createBriefSectionNode('sources').append($createTextNode('Sources')));
    rootNode.append($sourcesList(sources));
  });
  return { document, body: body.length, setApart: apart.length, corrections: decided.length };
}

function supportOf(claim: ClaimResult, root: (id: number) => number): number {
  return new Set(claim.sourceIds.map(root)).size;
}

function wordingOf(sentences: ClaimSentence[], agreement: ReadonlyMap<number, number>, doubtful: readonly Excerpt[], shared: (s: ClaimSentence) => number, replacements: readonly Replacement[]): string {
  return applyReplacements(clearestWording(sentences, agreement, doubtful, shared).text, replacements).text;
}

/**
 * Passages carrying a reading the editor did not choose, or (while undecided) a reading fewer
 * sources support than another: a sentence holding one is the last choice for the brief's wording.
 */
function doubtfulPassages(discrepancies: readonly Discrepancy[]): Excerpt[] {
  const out: Excerpt[] = [];
  for (const d of discrepancies) {
    if (d.kind === 'single-source' || d.status === 'dismissed' || d.variants.length < 2) continue;
    const reading = d.decision?.status === 'decided' ? d.decision.reading : null;
    const most = Math.max(...d.variants.map((v) => v.sourceIds.length));
    for (const v of d.variants) {
      const doubted = reading !== null ? v.text !== reading : v.sourceIds.length < most || (d.suggested !== null && v.text !== d.suggested);
      if (doubted) out.push(...v.excerpts);
    }
  }
  return out;
}

function standfirst(sources: readonly SourceSummary[], corrections: number, apart: number, minSupport: number): string {
  const outlets = [...new Set(sources.flatMap((s) => (s.outlet?.trim() ? [s.outlet.trim()] : [])))];
  const unnamed = sources.length - sources.filter((s) => s.outlet?.trim()).length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const named = outlets.length === 0 ? '' : ` (${outlets.join(', ')}${unnamed > 0 ? ` and ${plural(unnamed, 'report', 'reports')} without an outlet` : ''})`;
  return (
    `Compiled from ${plural(sources.length, 'report', 'reports')}${named}. ` +
    `${plural(corrections, 'correction', 'corrections')} applied; ` +
    `${plural(apart, 'claim', 'claims')} with fewer than ${minSupport} independent sources set apart.`
  );
}

function $citation(sentences: readonly ClaimSentence[], numberOf: ReadonlyMap<number, number>): LexicalNode {
  const ids = [...new Set(sentences.map((s) => s.sourceId))].sort((a, b) => (numberOf.get(a) ?? 0) - (numberOf.get(b) ?? 0));
  const excerpts = sentences.map((s) => ({ sourceId: s.sourceId, start: s.start, end: s.end, quote: s.text }));
  return $createCitationNode(citationLabel(ids, numberOf), ids, excerpts);
}

function $bulletList(items: ListItemNode[]): LexicalNode {
  return $createListNode('bullet').append(...items);
}

function $cell(text: string, header = false, link: string | null = null) {
  const paragraph = $createParagraphNode().append($createTextNode(text));
  if (link) paragraph.append($createTextNode(' '), $createLinkNode(link).append($createTextNode('evidence')));
  return $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS).append(paragraph);
}

function $correctionsTable(decided: readonly Discrepancy[], byId: ReadonlyMap<number, SourceSummary>): LexicalNode {
  const table = $createTableNode();
  table.append($createTableRowNode().append($cell('Discrepancy', true), $cell('What the sources said', true), $cell('Reading used', true), $cell('Note', true)));
  for (const d of decided) {
    const said = d.variants.map((v) => `“${v.text}” (${v.sourceIds.map((id) => sourceShortName(byId.get(id), id)).join(', ')})`).join('; ');
    const evidence = d.decision?.evidenceUrl && /^https?:\/\//i.test(d.decision.evidenceUrl) ? d.decision.evidenceUrl : null;
    table.append($createTableRowNode().append($cell(d.summary), $cell(said), $cell(d.decision?.reading ?? ''), $cell(d.decision?.note ?? '', false, evidence)));
  }
  return table;
}

function $sourcesList(sources: readonly SourceSummary[]): LexicalNode {
  const list = $createListNode('number');
  for (const s of sources) {
    const parts = [s.outlet, `“${s.title}”`, s.author ? `by ${s.author}` : null, formatDate(s.publishedAt)].filter((p): p is string => !!p);
    const item = $createListItemNode().append($createTextNode(`${parts.join(', ')}.`));
    if (s.url && /^https?:\/\//i.test(s.url)) item.append($createTextNode(' '), $createLinkNode(s.url).append($createTextNode(s.url)));
    list.append(item);
  }
  if (sources.length === 0) list.append($createListItemNode().append($createTextNode('No sources yet.')));
  return list;
}
