/**
 * Reading a project's facts without changing it: for `copydesk info` and `copydesk check`.
 * Opens read-only after the header check, never migrates.
 */
import Database from 'better-sqlite3';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { applicationId, checkDatabase, journalMode, userVersion, type CheckReport } from './check';
import { inspectProjectFile } from './header';
import { SCHEMA_VERSION } from './migrations';
import { getProjectRow } from './projectRepo';
import { countSources } from './sourcesRepo';

export interface ProjectInspection {
  path: string;
  title: string;
  schemaVersion: number;
  appSchemaVersion: number;
  applicationId: number;
  journalMode: string;
  sourceCount: number;
  createdAt: string;
  updatedAt: string;
  check?: CheckReport;
}

export function inspectProject(path: string, options: { fullCheck?: boolean } = {}): ProjectInspection {
  inspectProjectFile(path, SCHEMA_VERSION);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new AppError('DAMAGED_FILE', `“${basename(path)}” could not be opened: ${(cause as Error).message}.`, undefined, { cause });
  }
  try {
    const check = options.fullCheck ? checkDatabase(db) : undefined;
    if (check && check.integrity.length > 0) {
      // The tables themselves may be unreadable: report what the check found.
      return { path, title: '', schemaVersion: userVersion(db), appSchemaVersion: SCHEMA_VERSION, applicationId: applicationId(db), journalMode: journalMode(db), sourceCount: 0, createdAt: '', updatedAt: '', check };
    }
    const row = getProjectRow(db);
    return {
      path,
      title: row.title,
      schemaVersion: userVersion(db),
      appSchemaVersion: SCHEMA_VERSION,
      applicationId: applicationId(db),
      journalMode: journalMode(db),
      sourceCount: countSources(db),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      ...(check ? { check } : {}),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DAMAGED_FILE', `“${basename(path)}” is damaged: ${(error as Error).message}. Restore it from a backup.`, undefined, { cause: error });
  } finally {
    db.close();
  }
}
