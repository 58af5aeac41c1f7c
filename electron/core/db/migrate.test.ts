import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/fixtures';
import { APPLICATION_ID } from './constants';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

function blank(): Database.Database {
  return new Database(join(tempDir(), 'm.copydesk'));
}

describe('migrate', () => {
  it('applies every migration in order and stamps version and application id', () => {
    const db = blank();
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('rolls a failing migration back whole: no half table, version unchanged', () => {
    const db = blank();
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_made (id INTEGER PRIMARY KEY)');
          d.exec('INSERT INTO no_such_table VALUES (1)');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_made'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database newer than the migrations it knows', () => {
    const db = blank();
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    expect(() => migrate(db)).toThrow(/newer Copydesk/);
    db.close();
  });
});
