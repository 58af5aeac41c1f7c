/**
 * One open project: the connection and the operations the API offers on it. Handlers call this;
 * only db/ holds SQL.
 */
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { AnalysisReport, Discrepancy } from '../../../shared/domain/analysis';
import type { ProjectInfo } from '../../../shared/domain/project';
import type { SearchResult } from '../../../shared/domain/search';
import type { BlockChoice, ImportResult, SourceBlock, SourceDetail, SourceMetadataPatch, SourceSummary } from '../../../shared/domain/source';
import { logActivity } from '../db/activityRepo';
import { listBlocks } from '../db/blocksRepo';
import { userVersion } from '../db/check';
import { openProjectFile, type Db, type OpenOptions } from '../db/open';
import { getProjectRow, setProjectTitle, touchProject } from '../db/projectRepo';
import { countSources, deleteSource, getSource, getSourceSummary, listSources, sourcesForAnalysis, updateSourceMetadata } from '../db/sourcesRepo';
import { chooseBlock } from '../ingest/blockChoice';
import { importArticle, type ImportInput, type ImportOptions } from '../ingest/importArticle';
import { recleanOutdated } from '../ingest/reclean';
import { createLogger } from '../log';
import { searchSources } from './searchSources';
import { analysisReport, decide, runAnalysis, type AnalysisSummary, type DecideInput } from './analysisService';

const log = createLogger('project');

export interface SessionOptions extends OpenOptions {
  /** Tests only: URL import may reach 127.0.0.1. */
  allowPrivateFetch?: boolean;
}

export class ProjectSession {
  private closed = false;

  private constructor(
    readonly db: Db,
    readonly path: string,
    readonly readOnly: boolean,
    private readonly importOptions: ImportOptions,
  ) {}

  static open(path: string, options: SessionOptions = {}): ProjectSession {
    const opened = openProjectFile(path, options);
    const session = new ProjectSession(opened.db, opened.path, opened.readOnly, { allowPrivateFetch: options.allowPrivateFetch === true });
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

  analyze(): AnalysisSummary {
    this.assertWritable();
    return runAnalysis(this.db);
  }

  analysisReport(): AnalysisReport {
    return analysisReport(this.db);
  }

  decide(discrepancyId: string, input: DecideInput): Discrepancy {
    this.assertWritable();
    return decide(this.db, discrepancyId, input);
  }

  /** Checkpoints the WAL into the file and closes. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.readOnly) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Another connection may hold the WAL; closing still leaves the file consistent.
      }
    }
    this.db.close();
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError('READ_ONLY', 'This project is open read-only, so it cannot be changed. Copy it somewhere writable to edit it.');
  }
}
