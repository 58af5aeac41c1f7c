/**
 * One open project: the connection and the operations the API offers on it. Handlers call this;
 * only db/ holds SQL.
 */
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ProjectInfo } from '../../../shared/domain/project';
import type { SourceDetail, SourceSummary } from '../../../shared/domain/source';
import { logActivity } from '../db/activityRepo';
import { userVersion } from '../db/check';
import { openProjectFile, type Db, type OpenOptions } from '../db/open';
import { getProjectRow, setProjectTitle } from '../db/projectRepo';
import { countSources, getSource, listSources } from '../db/sourcesRepo';
import { addTextSource, type TextArticle } from '../ingest/addTextSource';

export class ProjectSession {
  private closed = false;

  private constructor(
    readonly db: Db,
    readonly path: string,
    readonly readOnly: boolean,
  ) {}

  static open(path: string, options: OpenOptions = {}): ProjectSession {
    const opened = openProjectFile(path, options);
    return new ProjectSession(opened.db, opened.path, opened.readOnly);
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

  addTextSource(article: TextArticle): number {
    this.assertWritable();
    return addTextSource(this.db, article);
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
