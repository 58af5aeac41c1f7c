/**
 * One open project: the connection and the operations the API offers on it. Handlers call this;
 * only db/ holds SQL.
 */
import { basename } from 'node:path';
import type { AppEvent } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { BriefRevision, BriefRevisionSummary, BriefState } from '../../../shared/domain/brief';
import type { AnalysisReport, Discrepancy, DiscrepancyKind } from '../../../shared/domain/analysis';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ProjectInfo } from '../../../shared/domain/project';
import type { SearchResult } from '../../../shared/domain/search';
import type { BlockChoice, ImportResult, SourceBlock, SourceDetail, SourceMetadataPatch, SourceSummary } from '../../../shared/domain/source';
import {
  createAnnotation,
  createManualDiscrepancy,
  editAnnotation,
  listAnnotations,
  removeAnnotation,
  type AnnotationPatch,
  type CreateAnnotationInput,
} from '../annotations/annotationService';
import { logActivity } from '../db/activityRepo';
import { backupFolderFor, onlineBackup } from '../db/backup';
import { listBlocks } from '../db/blocksRepo';
import { userVersion } from '../db/check';
import { openProjectFile, type Db, type OpenOptions } from '../db/open';
import { currentRun } from '../db/analysisRepo';
import { getProjectRow, setProjectTitle, touchProject } from '../db/projectRepo';
import { countSources, deleteSource, getSource, getSourceSummary, listSources, sourcesForAnalysis, updateSourceMetadata } from '../db/sourcesRepo';
import { chooseBlock } from '../ingest/blockChoice';
import { importArticle, type ImportInput, type ImportOptions } from '../ingest/importArticle';
import { recleanOutdated } from '../ingest/reclean';
import { createLogger } from '../log';
import { AnalysisScheduler } from './analysisScheduler';
import { analysisReport, decide, progressPercent, runAnalysis, type AnalysisSummary, type DecideInput } from './analysisService';
import { AnalysisThread, type WorkerEntry } from './analysisThread';
import { BackupScheduler, type BackupSettings } from './backupScheduler';
import * as brief from './briefService';
import { searchSources } from './searchSources';

const log = createLogger('project');

export interface SessionOptions extends Omit<OpenOptions, 'backupFolder'> {
  /** Tests only: URL import may reach 127.0.0.1. */
  allowPrivateFetch?: boolean;
  /** Automatic backups (before migrations and while the project changes); none when absent. */
  backups?: BackupSettings;
  /** Where the project's events go (analysis.started, .progress, .finished, .failed). */
  onEvent?: (event: AppEvent) => void;
  /** How long a change waits for more before the analysis re-runs (default 300 ms). */
  analysisDebounceMs?: number;
  /**
   * Where analysis runs: by default a worker thread, so the backend stays responsive. 'main-thread'
   * for a one-shot command that has nothing else to do; a WorkerEntry or null (none) for tests.
   */
  analysisWorker?: WorkerEntry | null | 'main-thread';
}

const ANALYSIS_DEBOUNCE_MS = 300;

export class ProjectSession {
  private closed = false;
  private backups: BackupScheduler | null = null;
  private readonly analysisThread: AnalysisThread;
  private readonly analysisScheduler: AnalysisScheduler<AnalysisSummary>;

  private constructor(
    readonly db: Db,
    readonly path: string,
    readonly readOnly: boolean,
    private readonly importOptions: ImportOptions,
    private readonly options: SessionOptions,
  ) {
    this.analysisThread = options.analysisWorker === undefined ? new AnalysisThread() : new AnalysisThread(options.analysisWorker);
    this.analysisScheduler = new AnalysisScheduler(() => this.runAnalysisOnce(), options.analysisDebounceMs ?? ANALYSIS_DEBOUNCE_MS);
  }

  static open(path: string, options: SessionOptions = {}): ProjectSession {
    const backupFolder = options.backups ? backupFolderFor(options.backups.root, path) : undefined;
    const opened = openProjectFile(path, { ...options, ...(backupFolder ? { backupFolder } : {}) });
    const session = new ProjectSession(opened.db, opened.path, opened.readOnly, { allowPrivateFetch: options.allowPrivateFetch === true }, options);
    if (backupFolder && options.backups && !opened.readOnly) {
      session.backups = new BackupScheduler(opened.db, backupFolder, options.backups, options.nativeBinding);
      session.backups.start();
    }
    if (!opened.readOnly) {
      const recleaned = recleanOutdated(opened.db);
      if (recleaned > 0) log.info(`re-cleaned ${recleaned} source(s) with the current cleaner`);
    }
    return session;
  }

  info(): ProjectInfo {
    const row = getProjectRow(this.db);
    return {
      title: row.title,
      path: this.path,
      fileName: basename(this.path),
      schemaVersion: userVersion(this.db),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      sourceCount: countSources(this.db),
      readOnly: this.readOnly,
    };
  }

  rename(title: string): ProjectInfo {
    this.assertWritable();
    const now = new Date().toISOString();
    this.db.transaction(() => {
      setProjectTitle(this.db, title, now);
      logActivity(this.db, 'project.renamed', null, null, now);
    })();
    return this.info();
  }

  listSources(): SourceSummary[] {
    return listSources(this.db);
  }

  getSource(id: number): SourceDetail {
    const source = getSource(this.db, id);
    if (!source) throw new AppError('NOT_FOUND', `Source ${id} is not in this project (it may have been removed).`);
    return source;
  }

  importArticle(input: ImportInput): Promise<ImportResult> {
    this.assertWritable();
    return importArticle(this.db, input, this.importOptions);
  }

  updateSource(id: number, patch: SourceMetadataPatch): SourceSummary {
    this.assertWritable();
    this.getSource(id);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      updateSourceMetadata(this.db, id, patch);
      touchProject(this.db, now);
      logActivity(this.db, 'source.edited', String(id), { fields: Object.keys(patch) }, now);
    })();
    return getSourceSummary(this.db, id)!;
  }

  searchSources(query: string): SearchResult {
    return searchSources(sourcesForAnalysis(this.db), query);
  }

  blocks(id: number): SourceBlock[] {
    this.getSource(id);
    return listBlocks(this.db, id);
  }

  chooseBlock(sourceId: number, blockId: number, choice: BlockChoice | null): SourceBlock[] {
    this.assertWritable();
    this.getSource(sourceId);
    chooseBlock(this.db, sourceId, blockId, choice);
    return listBlocks(this.db, sourceId);
  }

  removeSource(id: number): void {
    this.assertWritable();
    const now = new Date().toISOString();
    this.db.transaction(() => {
      if (!deleteSource(this.db, id)) throw new AppError('NOT_FOUND', `Source ${id} is not in this project.`);
      touchProject(this.db, now);
      logActivity(this.db, 'source.removed', String(id), null, now);
    })();
  }

  /**
   * Analyses now (in the worker thread) and stores the result; resolves when a run that saw every
   * change made so far has finished. A run already under way for the same sources is joined.
   */
  analyze(): Promise<AnalysisSummary> {
    this.assertWritable();
    return this.analysisScheduler.runNow();
  }

  /**
   * Sources changed: analyse again shortly, once for a batch of changes, and once more after a run
   * in progress. Never for a read-only project, nor before there are two sources to compare
   * (unless an analysis is stored, which would otherwise describe sources no longer there).
   */
  scheduleAnalysis(): void {
    if (this.readOnly || this.closed) return;
    if (countSources(this.db) < 2 && !currentRun(this.db)) return;
    this.analysisScheduler.request();
  }

  get analysisRunning(): boolean {
    return this.analysisScheduler.running;
  }

  private async runAnalysisOnce(): Promise<AnalysisSummary | null> {
    this.emit({ name: 'analysis.started', payload: { sources: countSources(this.db) } });
    try {
      const summary = await runAnalysis(
        this.db,
        async (sources, onProgress) => {
          const result = await this.analysisThread.analyze(sources, onProgress);
          if (this.closed) throw new AppError('NO_PROJECT', 'The project was closed before its analysis finished.');
          return result;
        },
        (progress) => this.emit({ name: 'analysis.progress', payload: { ...progress, percent: progressPercent(progress) } }),
      );
      if (summary) this.emit({ name: 'analysis.finished', payload: { analyzedAt: summary.analyzedAt, discrepancies: summary.discrepancies } });
      else log.info('sources changed during the analysis; analysing again');
      return summary;
    } catch (error) {
      this.emit({ name: 'analysis.failed', payload: { message: error instanceof AppError ? error.message : 'The analysis failed. Try Analyse again.' } });
      if (!(error instanceof AppError)) log.error('analysis failed', error);
      throw error;
    }
  }

  private emit(event: AppEvent): void {
    if (!this.closed) this.options.onEvent?.(event);
  }

  analysisReport(): AnalysisReport {
    return analysisReport(this.db);
  }

  decide(discrepancyId: string, input: DecideInput): Discrepancy {
    this.assertWritable();
    return decide(this.db, discrepancyId, input);
  }

  briefState(): BriefState {
    return brief.briefState(this.db);
  }

  /** Compiles the brief, analysing first when there is no current analysis. */
  async compileBrief(minSupport?: number): Promise<{ state: BriefState; summary: brief.CompileSummary; analysed: AnalysisSummary | null }> {
    this.assertWritable();
    let report = this.analysisReport();
    let analysed: AnalysisSummary | null = null;
    if (report.analyzedAt === null || report.stale) {
      analysed = await this.analyze();
      report = this.analysisReport();
    }
    return { ...brief.compile(this.db, report, this.listSources(), this.info().title, minSupport), analysed };
  }

  saveBrief(document: unknown, baseVersion: number): BriefState {
    this.assertWritable();
    return brief.save(this.db, document, baseVersion);
  }

  briefRevisions(): BriefRevisionSummary[] {
    return brief.revisions(this.db);
  }

  briefRevision(id: number): BriefRevision {
    return brief.revision(this.db, id);
  }

  restoreBrief(id: number): BriefState {
    this.assertWritable();
    return brief.restore(this.db, id);
  }

  /** Takes a backup now into the project's backup folder (or `dest`); resolves with its path. */
  async backup(dest?: string): Promise<string> {
    if (dest) {
      await onlineBackup(this.db, dest);
      return dest;
    }
    if (!this.backups) throw new AppError('READ_ONLY', 'Backups are not set up for this project (it is open read-only, or without a user-data folder). Give a destination file.');
    return this.backups.backupNow('manual');
  }

  listAnnotations(sourceId?: number): Annotation[] {
    return listAnnotations(this.db, sourceId);
  }

  createAnnotation(input: CreateAnnotationInput): Annotation {
    this.assertWritable();
    return createAnnotation(this.db, input);
  }

  updateAnnotation(id: number, patch: AnnotationPatch): Annotation {
    this.assertWritable();
    return editAnnotation(this.db, id, patch);
  }

  deleteAnnotation(id: number): Annotation {
    this.assertWritable();
    return removeAnnotation(this.db, id);
  }

  createManualDiscrepancy(annotationId: number, kind: DiscrepancyKind, summary?: string | null): Discrepancy {
    this.assertWritable();
    return createManualDiscrepancy(this.db, { annotationId, kind, summary });
  }

  /**
   * Stops the analysis (terminating a running worker), checkpoints the WAL into the file and
   * closes. Safe to call twice. Resolves once the worker thread has stopped.
   */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.analysisScheduler.close();
    const stopped = this.analysisThread.close();
    void this.backups?.stop();
    if (!this.readOnly) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Another connection may hold the WAL; closing still leaves the file consistent.
      }
    }
    this.db.close();
    return stopped;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError('READ_ONLY', 'This project is open read-only, so it cannot be changed. Copy it somewhere writable to edit it.');
  }
}
