import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { bytesOf, newProject, tempDir } from '../testing/fixtures';
import { applicationId, journalMode, userVersion } from './check';
import { APPLICATION_ID } from './constants';
import { SCHEMA_VERSION } from './migrations';
import { createProjectFile, openProjectFile } from './open';

function refusal(path: string): AppError {
  try {
    openProjectFile(path).db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`expected ${path} to be refused`);
}

/** Opening must refuse the file and leave every byte, and the folder, as it was. */
function expectRefusedUntouched(path: string, code: string, message: RegExp): void {
  const before = bytesOf(path);
  const folderBefore = readdirSync(join(path, '..')).sort();
  const error = refusal(path);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(bytesOf(path).equals(before)).toBe(true);
  expect(readdirSync(join(path, '..')).sort()).toEqual(folderBefore);
}

describe('a new project file', () => {
  it('is WAL, carries our application_id and a schema version', () => {
    const path = newProject();
    const { db } = openProjectFile(path);
    try {
      expect(journalMode(db)).toBe('wal');
      expect(applicationId(db)).toBe(APPLICATION_ID);
      expect(applicationId(db)).not.toBe(0);
      expect(userVersion(db)).toBe(SCHEMA_VERSION);
      expect(userVersion(db)).toBeGreaterThan(0);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    } finally {
      db.close();
    }
  });

  it('is never created over an existing file, and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'taken.copydesk');
    writeFileSync(path, 'my notes');
    expect(() => createProjectFile(path, 'Story')).toThrow(/already exists/);
    expect(bytesOf(path).toString()).toBe('my notes');
    createProjectFile(join(dir, 'fresh.copydesk'), 'Story');
    expect(readdirSync(dir).sort()).toEqual(['fresh.copydesk', 'taken.copydesk']);
  });
});

describe('creating a project that fails halfway', () => {
  it('leaves no temporary file and no project behind', () => {
    const dir = tempDir();
    expect(() => createProjectFile(join(dir, 'long.copydesk'), 'x'.repeat(201))).toThrow(AppError);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('opening refuses, untouched,', () => {
  it('an empty (0-byte) file', () => {
    const path = join(tempDir(), 'empty.copydesk');
    writeFileSync(path, '');
    expectRefusedUntouched(path, 'DAMAGED_FILE', /empty/);
  });

  it('a truncated project', () => {
    const path = newProject();
    const full = bytesOf(path).length;
    expect(full).toBeGreaterThan(4096);
    truncateSync(path, full - 4096);
    expectRefusedUntouched(path, 'DAMAGED_FILE', /truncated|shorter/);
  });

  it('a project cut off inside its header', () => {
    const path = newProject();
    truncateSync(path, 60);
    expectRefusedUntouched(path, 'DAMAGED_FILE', /header/);
  });

  it('a file of random bytes', () => {
    const path = join(tempDir(), 'noise.copydesk');
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    expectRefusedUntouched(path, 'UNSUPPORTED_FILE', /not a Copydesk project/);
  });

  it('a ZIP archive renamed to .copydesk', () => {
    const path = join(tempDir(), 'archive.copydesk');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]));
    expectRefusedUntouched(path, 'UNSUPPORTED_FILE', /not a Copydesk project/);
  });

  it("another application's SQLite database", () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'hello\');');
    other.close();
    expectRefusedUntouched(path, 'UNSUPPORTED_FILE', /another application/);
  });

  it('a project from a newer Copydesk', () => {
    const path = newProject();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expectRefusedUntouched(path, 'NEWER_VERSION', /newer Copydesk/);
    expect(refusal(path).details).toEqual({ fileVersion: SCHEMA_VERSION + 1, appVersion: SCHEMA_VERSION });
  });

  it('a project whose newer version is still in its write-ahead log (after a crash)', () => {
    const path = newProject();
    const writer = new Database(path);
    writer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    // Copy the file and its WAL while the writer still holds them: as a crash would leave them.
    const crashed = join(tempDir(), 'crashed.copydesk');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    writer.close();
    const walBefore = bytesOf(`${crashed}-wal`);
    expectRefusedUntouched(crashed, 'NEWER_VERSION', /newer Copydesk/);
    expect(bytesOf(`${crashed}-wal`).equals(walBefore)).toBe(true);
  });

  it('a missing file, with NOT_FOUND', () => {
    const path = join(tempDir(), 'nowhere.copydesk');
    expect(refusal(path).code).toBe('NOT_FOUND');
    expect(existsSync(path)).toBe(false);
  });

  it('a project whose table pages are damaged', () => {
    const path = newProject();
    const copy = join(tempDir(), 'damaged.copydesk');
    copyFileSync(path, copy);
    const bytes = bytesOf(copy);
    // Page 2 holds the first table's b-tree: scribble over its page header.
    bytes.fill(0xff, 4096, 4096 + 64);
    writeFileSync(copy, bytes);
    expectRefusedUntouched(copy, 'DAMAGED_FILE', /damaged|could not/);
  });
});

describe('migrations', () => {
  it('run on open and bring an older file up to date', () => {
    const path = newProject();
    const { db } = openProjectFile(path);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['activity', 'project', 'sources']));
    db.close();
  });
});
