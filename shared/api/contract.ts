/**
 * The API contract: every method `domain.verb` with its input schema and output type, and every
 * event `domain.pastTense` with its payload. The backend registers one handler per method; the
 * dispatcher validates each input against the schema here before a handler sees it.
 * Payloads are JSON only (no Date, Map or Buffer) so that IPC, HTTP and the in-memory transport
 * carry them identically.
 */
import { z } from 'zod';
import type { AnalysisProgress, AnalysisReport, Discrepancy } from '../domain/analysis';
import { ANNOTATION_KINDS, MANUAL_DISCREPANCY_KINDS, type Annotation } from '../domain/annotation';
import type { BriefRevision, BriefRevisionReason, BriefRevisionSummary, BriefState, ExportedFile } from '../domain/brief';
import type { AppInfo, ProjectInfo } from '../domain/project';
import { uiPrefsSchema, type UiPrefs } from '../domain/prefs';
import type { SearchResult } from '../domain/search';
import type { ImportResult, SourceBlock, SourceDetail, SourceSummary } from '../domain/source';

/** Declares a method: the input schema now, the output type as a phantom. */
function method<Out>() {
  return <In extends z.ZodType>(input: In) => ({ input, output: undefined as unknown as Out });
}

const noInput = z.strictObject({});
const sourceId = z.number().int().positive();
/** 20 MB of bytes is at most this many base64 characters; larger files are refused before reading. */
const MAX_BASE64_CHARS = Math.ceil((20 * 1024 * 1024) / 3) * 4;
const MAX_TEXT_CHARS = 20 * 1024 * 1024;
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const importItem = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(255),
    dataBase64: z.string().max(MAX_BASE64_CHARS, 'The file is larger than 20 MB, the most Copydesk imports at once.').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data is not base64.'),
  }),
  z.strictObject({ kind: z.literal('paste'), text: z.string().max(MAX_TEXT_CHARS), html: z.string().max(MAX_TEXT_CHARS).nullable().optional() }),
  z.strictObject({ kind: z.literal('url'), url: z.string().trim().min(1).max(2048) }),
]);

const discrepancyId = z.string().regex(/^[\w-]{4,64}$/, 'That is not a discrepancy id.');
const evidenceUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((u) => /^https?:\/\/\S+$/i.test(u), 'Evidence must be an http or https link.')
  .nullable()
  .optional();

/** The brief as the editor sends it: Lexical JSON, read and validated headlessly by the backend. */
const MAX_BRIEF_CHARS = 5 * 1024 * 1024;
const briefDocument = z
  .looseObject({ root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }) })
  .refine((doc) => JSON.stringify(doc).length <= MAX_BRIEF_CHARS, 'The brief is larger than 5 MB, the most Copydesk stores.');
const minSupport = z.number().int().min(1, 'A claim needs at least one source.').max(20, 'At most 20 sources can be required.');

const metadataPatch = z.strictObject({
  id: sourceId,
  title: z.string().trim().min(1, 'A source needs a title.').max(300).optional(),
  outlet: optionalText(200),
  author: optionalText(300),
  publishedAt: optionalText(40),
  url: optionalText(2048),
  language: optionalText(35),
});

const annotationId = z.number().int().positive();
const annotationKind = z.enum(ANNOTATION_KINDS);
const annotationComment = z.string().trim().max(4000, 'A comment can be at most 4,000 characters.');
const offset = z.number().int().min(0);

export const methods = {
  'app.info': method<AppInfo>()(noInput),
  'project.get': method<ProjectInfo | null>()(noInput),
  'project.rename': method<ProjectInfo>()(
    z.strictObject({ title: z.string().trim().min(1, 'A project needs a title.').max(200) }),
  ),
  'sources.list': method<SourceSummary[]>()(noInput),
  'sources.get': method<SourceDetail>()(z.strictObject({ id: sourceId })),
  /** One article in; the renderer sends a batch one item at a time, showing progress. */
  'sources.import': method<ImportResult>()(importItem),
  'sources.update': method<SourceSummary>()(metadataPatch),
  'sources.remove': method<null>()(z.strictObject({ id: sourceId })),
  /** The source's blocks, removed ones included, for showing and restoring removed text. */
  'sources.blocks': method<SourceBlock[]>()(z.strictObject({ id: sourceId })),
  'sources.chooseBlock': method<SourceBlock[]>()(
    z.strictObject({ sourceId, blockId: z.number().int().positive(), choice: z.enum(['keep', 'remove']).nullable() }),
  ),
  /** Every occurrence of a phrase (ignoring case) in the sources' cleaned text. */
  'sources.search': method<SearchResult>()(z.strictObject({ query: z.string().max(200, 'Search for at most 200 characters.') })),
  /** Runs the analysis over every source and stores it; decisions are kept. */
  'analysis.run': method<{ analyzedAt: string; ms: number; claims: number; discrepancies: number }>()(noInput),
  'analysis.get': method<AnalysisReport>()(noInput),
  'discrepancies.decide': method<Discrepancy>()(
    z.discriminatedUnion('action', [
      z.strictObject({ id: discrepancyId, action: z.enum(['pick', 'correct']), reading: z.string().trim().min(1, 'A decision needs the reading to use.').max(2000), note: optionalText(4000), evidenceUrl: evidenceUrl }),
      z.strictObject({ id: discrepancyId, action: z.literal('dismiss'), note: optionalText(4000), evidenceUrl: evidenceUrl }),
      z.strictObject({ id: discrepancyId, action: z.literal('reopen') }),
    ]),
  ),
  'brief.get': method<BriefState>()(noInput),
  /** Compiles from the analysis and decisions (analysing first when it is missing or stale); keeps the editor's work. */
  'brief.compile': method<{ state: BriefState; summary: { body: number; setApart: number; corrections: number; keptEdits: number; markedForReview: number } }>()(
    z.strictObject({ minSupport: minSupport.optional() }),
  ),
  /** The editor's autosave; CONFLICT when the brief changed since `baseVersion`. */
  'brief.save': method<BriefState>()(z.strictObject({ document: briefDocument, baseVersion: z.number().int().min(0) })),
  'brief.revisions': method<BriefRevisionSummary[]>()(noInput),
  'brief.revision': method<BriefRevision>()(z.strictObject({ id: z.number().int().positive() })),
  'brief.restore': method<BriefState>()(z.strictObject({ id: z.number().int().positive() })),
  /**
   * The brief as a Markdown or PDF file (compiled first when there is none yet). With `save` on the
   * desktop, the editor chooses where in a save dialog and the file is written there (`savedTo`;
   * null when they cancel); otherwise the bytes come back for a download.
   */
  'brief.export': method<ExportedFile>()(z.strictObject({ format: z.enum(['markdown', 'pdf']), save: z.boolean().optional() })),
  /** Shows an exported file in its folder (desktop; only files this run saved). */
  'brief.reveal': method<null>()(z.strictObject({ path: z.string().min(1).max(4096) })),
  /** The editor's annotations: of one source (placed first, then orphaned), or of the whole project. */
  'annotations.list': method<Annotation[]>()(z.strictObject({ sourceId: sourceId.optional() })),
  /** Anchors a new annotation at start–end of the source's cleaned text; `quote`, when given, must be the text there. */
  'annotations.create': method<Annotation>()(
    z
      .strictObject({
        sourceId,
        start: offset,
        end: offset,
        quote: z.string().min(1).max(MAX_TEXT_CHARS).optional(),
        kind: annotationKind,
        comment: annotationComment.default(''),
        discrepancyId: discrepancyId.nullable().optional(),
      })
      .refine((a) => a.end > a.start, { message: 'An annotation needs some text: end must come after start.', path: ['end'] }),
  ),
  'annotations.update': method<Annotation>()(
    z.strictObject({ id: annotationId, kind: annotationKind.optional(), comment: annotationComment.optional(), discrepancyId: discrepancyId.nullable().optional() }),
  ),
  /** Returns the deleted annotation, so the desk can undo by creating it again. */
  'annotations.delete': method<Annotation>()(z.strictObject({ id: annotationId })),
  /** A discrepancy the analysis missed, made from an annotation (its quote the one variant); id `manual-<n>`. */
  'discrepancies.createManual': method<Discrepancy>()(
    z.strictObject({ annotationId, kind: z.enum(MANUAL_DISCREPANCY_KINDS), summary: optionalText(500) }),
  ),
  /** The desk's own layout and view, per user (the user-data folder), not per project. */
  'prefs.get': method<UiPrefs>()(noInput),
  /** Merges the given keys into the stored preferences; answers them all. */
  'prefs.set': method<UiPrefs>()(uiPrefsSchema),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, trimmed). */
export type HandlerInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = Methods[M]['output'];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

/** Commands the desktop menu hands to the renderer, for actions that live in the UI. */
export type AppCommand = 'import' | 'shortcuts' | 'export-markdown' | 'export-pdf';

export interface Events {
  'project.updated': ProjectInfo;
  'project.closed': Record<string, never>;
  'sources.changed': { ids: number[] };
  /** A run began, by the editor's request or after sources changed; progress events follow. */
  'analysis.started': { sources: number };
  'analysis.progress': AnalysisProgress & { percent: number };
  'analysis.finished': { analyzedAt: string; discrepancies: number };
  /** A run failed; the stored analysis is as it was. */
  'analysis.failed': { message: string };
  'discrepancies.decided': { id: string };
  /** Annotations of these sources were created, edited, deleted or re-anchored (manual discrepancies too). */
  'annotations.changed': { sourceIds: number[] };
  'app.commanded': { command: AppCommand };
  'brief.updated': { version: number; reason: BriefRevisionReason };
}

export type EventName = keyof Events;
export type AppEvent = { [E in EventName]: { name: E; payload: Events[E] } }[EventName];

export const EVENT_NAMES: readonly EventName[] = [
  'project.updated',
  'project.closed',
  'sources.changed',
  'analysis.started',
  'analysis.progress',
  'analysis.finished',
  'analysis.failed',
  'discrepancies.decided',
  'annotations.changed',
  'app.commanded',
  'brief.updated',
];

/** Omit that keeps a union a union (plain Omit collapses it to the common keys). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A decision as the renderer builds it, before the discrepancy id is added. */
export type DecisionInput = DistributiveOmit<MethodInput<'discrepancies.decide'>, 'id'>;
