/**
 * Backups of a project file. `onlineBackup` uses SQLite's online backup API (better-sqlite3's
 * db.backup): pages are copied in steps while the project stays open and writable, and the copy is
 * a consistent snapshot. `snapshotBeforeMigration` runs on the synchronous open path, before a
 * migration changes the file, with VACUUM INTO (also a consistent snapshot made by SQLite).
 * Every backup is written beside its destination and moved into place only once checked.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID } from './constants';
import type { Db } from './open';

export interface BackupCheck {
  ok: boolean;
  problems: string[];
  userVersion: number;
}

/** Opens a backup read-only and runs SQLite's integrity check and our identity check. */
export function checkBackup(path: string, nativeBinding?: string): BackupCheck {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], userVersion: 0 };
  }
  try {
    const problems: string[] = [];
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) problems.push('not a Copydesk project');
    const integrity = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') problems.push(...integrity.map((r) => r.integrity_check));
    return { ok: problems.length === 0, problems, userVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], userVersion: 0 };
  } finally {
    db.close();
  }
}

function tempBeside(dest: string): string {
  return join(dirname(dest), `.${basename(dest)}.${randomBytes(4).toString('hex')}.partial`);
}

function settle(temp: string, dest: string, nativeBinding?: string): void {
  const check = checkBackup(temp, nativeBinding);
  if (!check.ok) {
    rmSync(temp, { force: true });
    throw new AppError('INTERNAL', `The backup failed its check (${check.problems.join('; ')}); the previous backups are untouched.`);
  }
  renameSync(temp, dest);
}

/** Copies the open project to `dest` with the online backup API; the project stays usable meanwhile. */
export async function onlineBackup(db: Db, dest: string, nativeBinding?: string): Promise<void> {
  const temp = tempBeside(dest);
  try {
    await db.backup(temp);
    settle(temp, dest, nativeBinding);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `The backup to ${dest} failed: ${(error as Error).message}.`, undefined, { cause: error });
  }
}

/** A consistent copy of the project as it is now, before a migration touches it. */
export function snapshotBeforeMigration(db: Db, dest: string, nativeBinding?: string): void {
  const temp = tempBeside(dest);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    settle(temp, dest, nativeBinding);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Changes this connection has written since it opened (the scheduler backs up only after work). */
export function changesSoFar(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export type BackupReason = 'interval' | 'manual' | `before-v${number}`;

export interface BackupFile {
  path: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

const NAME = /^(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]+)\.copydesk$/;

/** `20261123T153000123Z-interval.copydesk`: sorts by time, says why it was taken. */
export function backupFileName(reason: BackupReason, now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${reason}.copydesk`;
}

/** The folder that holds one project's backups: under the user-data folder, named for the project and its path. */
export function backupFolderFor(root: string, projectPath: string): string {
  const stem = basename(projectPath).replace(/\.copydesk$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'project';
  const hash = createHash('sha256').update(resolve(projectPath)).digest('hex').slice(0, 10);
  return join(root, `${stem}-${hash}`);
}

/** A project's backups, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const out: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const stamp = match[1]!;
    const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
    out.push({ path: join(folder, name), reason: match[2]!, createdAt: iso, bytes: statSync(join(folder, name)).size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Retention: the newest `keepInterval` interval backups and `keepOther` of the rest; older ones are deleted. */
export function pruneBackups(folder: string, keepInterval = 12, keepOther = 10): string[] {
  const removed: string[] = [];
  const all = listBackups(folder);
  const groups: Array<[BackupFile[], number]> = [
    [all.filter((b) => b.reason === 'interval'), keepInterval],
    [all.filter((b) => b.reason !== 'interval'), keepOther],
  ];
  for (const [group, keep] of groups) {
    for (const old of group.slice(keep)) {
      rmSync(old.path, { force: true });
      removed.push(old.path);
    }
  }
  return removed;
}

/**
 * Puts a backup in the project's place. The backup is checked first; a file already at the
 * project's path is kept, renamed aside (never deleted), with its -wal and -shm.
 */
export function restoreBackup(backup: string, projectPath: string, nativeBinding?: string, now = new Date()): { replacedBy: string | null } {
  if (!existsSync(backup)) throw new AppError('NOT_FOUND', `There is no backup at ${backup}.`);
  const check = checkBackup(backup, nativeBinding);
  if (!check.ok) throw new AppError('DAMAGED_FILE', `The backup ${basename(backup)} is damaged (${check.problems.slice(0, 3).join('; ')}); choose another one.`);
  const temp = tempBeside(projectPath);
  copyFileSync(backup, temp);
  let aside: string | null = null;
  if (existsSync(projectPath)) {
    aside = `${projectPath}.replaced-${now.toISOString().replace(/[-:.]/g, '')}`;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(projectPath + suffix)) renameSync(projectPath + suffix, aside + suffix);
  }
  renameSync(temp, projectPath);
  return { replacedBy: aside };
}
