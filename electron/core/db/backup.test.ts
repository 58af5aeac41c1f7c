import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/projectSession';
import { newProject, REPO_ROOT, tempDir } from '../testing/fixtures';
import { backupFileName, backupFolderFor, checkBackup, listBackups, onlineBackup, pruneBackups, restoreBackup } from './backup';
import { APPLICATION_ID } from './constants';
import { migrate } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { insertProjectRow } from './projectRepo';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const WRITER = join(REPO_ROOT, 'electron', 'core', 'testing', 'ackWriter.ts');

const activityCount = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM activity WHERE kind = 'project.renamed'").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('taken while another process writes, each passes integrity_check and holds every write acknowledged before it began', async () => {
    const project = newProject('Busy');
    const writer = spawn(TSX, [WRITER, project, '4000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acked = 0;
    writer.stdout.on('data', (chunk: Buffer) => {
      const last = /ack (\d+)\n(?![\s\S]*ack)/.exec(chunk.toString());
      if (last) acked = Math.max(acked, Number(last[1]));
    });
    const dir = tempDir();
    const results: Array<{ before: number; found: number; ok: boolean }> = [];
    const reader = new Database(project);
    try {
      while (acked === 0) await new Promise((r) => setTimeout(r, 20));
      for (let i = 0; i < 5; i += 1) {
        await new Promise((r) => setTimeout(r, 60 + i * 40));
        const before = acked;
        const dest = join(dir, `b${i}.copydesk`);
        await onlineBackup(reader, dest);
        results.push({ before, found: activityCount(dest), ok: checkBackup(dest).ok });
      }
    } finally {
      reader.close();
      writer.kill();
    }
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(r.ok).toBe(true);
      expect(r.found).toBeGreaterThanOrEqual(r.before);
    }
    // The writer was really writing while the backups ran.
    expect(results.at(-1)!.before).toBeGreaterThan(results[0]!.before);
  }, 60_000);

  it('are taken before a migration updates an older project, which then opens at the current version', () => {
    const path = join(tempDir(), 'Old.copydesk');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 3));
    insertProjectRow(db, 'From last year', new Date().toISOString());
    db.close();
    const root = tempDir();
    const session = ProjectSession.open(path, { backups: { root } });
    expect(session.info().schemaVersion).toBe(SCHEMA_VERSION);
    session.close();
    const [backup] = listBackups(backupFolderFor(root, path));
    expect(backup?.reason).toBe(`before-v${SCHEMA_VERSION}`);
    expect(checkBackup(backup!.path)).toMatchObject({ ok: true, userVersion: 3 });
  });

  it('restore puts a backup in place and keeps the replaced file aside; a damaged project names its newest good backup', async () => {
    const root = tempDir();
    const path = newProject('Precious');
    const session = ProjectSession.open(path, { backups: { root } });
    session.rename('Precious, edited');
    const backupPath = await session.backup();
    session.close();
    // Damage the project: overwrite pages after the header.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 3));
    writeFileSync(path, bytes);
    let message = '';
    try {
      ProjectSession.open(path, { backups: { root } }).close();
    } catch (error) {
      message = (error as Error).message;
      expect((error as { details?: { backup?: string } }).details?.backup).toBe(backupPath);
    }
    expect(message).toMatch(/Restore it from a backup.*newest good backup is from/s);
    // A broken file among the backups is reported as not ok, never thrown, and never offered.
    const junk = join(backupFolderFor(root, path), backupFileName('interval', new Date(Date.now() + 60_000)));
    writeFileSync(junk, 'not a database at all, just bytes');
    expect(checkBackup(junk)).toMatchObject({ ok: false });
    try {
      ProjectSession.open(path, { backups: { root } }).close();
    } catch (error) {
      expect((error as { details?: { backup?: string } }).details?.backup).toBe(backupPath);
    }
    const { replacedBy } = restoreBackup(backupPath, path);
    expect(replacedBy && existsSync(replacedBy)).toBe(true);
    const reopened = ProjectSession.open(path);
    expect(reopened.info().title).toBe('Precious, edited');
    reopened.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('keep the newest interval backups and prune the rest', () => {
    const folder = tempDir();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 15; i += 1) writeFileSync(join(folder, backupFileName('interval', new Date(start + i * 60_000))), 'x');
    writeFileSync(join(folder, backupFileName('before-v4', new Date(start))), 'x');
    const removed = pruneBackups(folder, 12);
    expect(removed).toHaveLength(3);
    const left = listBackups(folder);
    expect(left.filter((b) => b.reason === 'interval')).toHaveLength(12);
    expect(left.some((b) => b.reason === 'before-v4')).toBe(true);
    expect(left[0]!.createdAt).toBe(new Date(start + 14 * 60_000).toISOString());
  });
});
