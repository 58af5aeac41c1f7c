/**
 * Opening and creating project files. Every open checks the header first (header.ts) so that a
 * file we must refuse is never touched; then the connection is configured (WAL, foreign keys,
 * synchronous=FULL: an editor's decision is worth an fsync), checked, and migrated.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { accessSync, constants as fsConstants, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { backupFileName, checkBackup, listBackups, snapshotBeforeMigration } from './backup';
import { APPLICATION_ID } from './constants';
import { inspectProjectFile } from './header';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { insertProjectRow } from './projectRepo';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open without writing. Chosen automatically when the file is not writable. */
  readOnly?: boolean;
  /** Path to a better_sqlite3.node built for another ABI (the Electron shell passes its own). */
  nativeBinding?: string;
  /** Where this project's backups live: a copy is taken there before any migration, and a damaged file's message names the newest. */
  backupFolder?: string;
}

export interface OpenedProject {
  db: Db;
  path: string;
  readOnly: boolean;
  /** Migrations this open applied (empty when the file was current). */
  migrated: number[];
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, fsConstants.W_OK);
    accessSync(dirname(path), fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function configure(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}

/**
 * The header on disk can be older than the database: settings changed since the last checkpoint
 * live in the -wal file. So the identity, version and health are read through a read-only
 * connection, which never checkpoints, before any connection that could write is made.
 */
function probe(path: string, nativeBinding: string | undefined): void {
  const name = basename(path);
  // A read-only connection to a WAL file makes -shm (and -wal) beside it; a refused file keeps its folder as it was.
  const sidecars = ['-wal', '-shm'].map((suffix) => path + suffix).filter((sidecar) => !existsSync(sidecar));
  const removeOurSidecars = () => {
    for (const sidecar of sidecars) if (existsSync(sidecar) && (sidecar.endsWith('-shm') || statSync(sidecar).size === 0)) rmSync(sidecar, { force: true });
  };
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (cause) {
    removeOurSidecars();
    throw new AppError('DAMAGED_FILE', `“${name}” could not be opened as a project. Restore it from a backup.`, undefined, { cause });
  }
  let refused = true;
  try {
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw new AppError('UNSUPPORTED_FILE', `“${name}” is an SQLite database from another application, not a Copydesk project. It was left untouched.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError('NEWER_VERSION', `“${name}” was saved by a newer Copydesk (project format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Copydesk to open it; the file was left untouched.`, {
        fileVersion: version,
        appVersion: SCHEMA_VERSION,
      });
    }
    const problems = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') {
      throw new AppError('DAMAGED_FILE', `“${name}” is damaged (SQLite's check found ${problems.length} problem(s)). Restore it from a backup; the file was left untouched.`, {
        problems: problems.map((p) => p.quick_check),
      });
    }
    refused = false;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DAMAGED_FILE', `“${name}” could not be read as a project: ${(error as Error).message}. Restore it from a backup.`, undefined, { cause: error });
  } finally {
    db.close();
    if (refused) removeOurSidecars();
  }
}

/** A damaged file's error, naming the newest backup (details.backup) so the editor can restore it. */
function withNewestBackup(error: unknown, folder: string | undefined, nativeBinding: string | undefined): unknown {
  if (!(error instanceof AppError) || error.code !== 'DAMAGED_FILE' || !folder) return error;
  let newest: ReturnType<typeof listBackups>[number] | undefined;
  try {
    newest = listBackups(folder).find((b) => checkBackup(b.path, nativeBinding).ok);
  } catch {
    return error; // looking for a backup must never hide what is wrong with the file
  }
  if (!newest) return error;
  const when = newest.createdAt.slice(0, 16).replace('T', ' ');
  return new AppError('DAMAGED_FILE', `${error.message} The newest good backup is from ${when} UTC: ${newest.path} (copydesk restore "${newest.path}" <project>).`, { backup: newest.path, backupCreatedAt: newest.createdAt });
}

/** Opens an existing project. Throws AppError with a message for the editor. */
export function openProjectFile(path: string, options: OpenOptions = {}): OpenedProject {
  const facts = inspectProjectFile(path, SCHEMA_VERSION);
  try {
    probe(path, options.nativeBinding);
  } catch (error) {
    throw withNewestBackup(error, options.backupFolder, options.nativeBinding);
  }
  const readOnly = options.readOnly === true || !isWritable(path);
  if (readOnly && facts.userVersion < SCHEMA_VERSION) {
    throw new AppError('READ_ONLY', `“${basename(path)}” needs updating to this version of Copydesk, but it is read-only. Copy it somewhere writable and open the copy.`);
  }
  const db = new Database(path, { fileMustExist: true, readonly: readOnly, nativeBinding: options.nativeBinding });
  try {
    configure(db);
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    if (!readOnly && facts.userVersion > 0 && facts.userVersion < SCHEMA_VERSION && options.backupFolder) {
      try {
        mkdirSync(options.backupFolder, { recursive: true });
        snapshotBeforeMigration(db, join(options.backupFolder, backupFileName(`before-v${SCHEMA_VERSION}`)), options.nativeBinding);
      } catch (error) {
        throw new AppError('INTERNAL', `“${basename(path)}” needs updating to this version of Copydesk, but the backup taken first failed (${(error as Error).message}). The file was left untouched.`, undefined, { cause: error });
      }
    }
    const migrated = readOnly ? [] : migrate(db);
    return { db, path, readOnly, migrated };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates a new, empty project at `path`. The file is built beside its destination and moved into
 * place only when complete, so a crash never leaves half a project; an existing file is never
 * overwritten.
 */
export function createProjectFile(path: string, title: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): void {
  if (existsSync(path)) {
    throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name; Copydesk never overwrites a file.`);
  }
  if (!existsSync(dirname(path))) {
    throw new AppError('NOT_FOUND', `The folder ${dirname(path)} does not exist.`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
  const removeTemp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
  };
  try {
    const db = new Database(temp, { nativeBinding: options.nativeBinding });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      configure(db);
      migrate(db);
      insertProjectRow(db, title, new Date().toISOString());
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch (error) {
    removeTemp();
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `The project could not be created at ${path}: ${(error as Error).message}.`, undefined, { cause: error });
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      removeTemp();
      throw new AppError('CONFLICT', `A file appeared at ${path} while the project was being created. Choose another name.`);
    }
    // Filesystems without hard links: rename after the existence check above.
    if (existsSync(path)) throw new AppError('CONFLICT', `A file already exists at ${path}.`);
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}
