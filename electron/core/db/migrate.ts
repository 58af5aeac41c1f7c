import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { createLogger } from '../log';
import { APPLICATION_ID } from './constants';
import { MIGRATIONS, type Migration } from './migrations';

const log = createLogger('db.migrate');

/** Brings the file up to SCHEMA_VERSION, one transaction per migration. Returns versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > newest) {
    throw new AppError('NEWER_VERSION', `This project was saved by a newer Copydesk (format ${current}; this version reads up to ${newest}).`);
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      if (migration.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
    log.info(`applied ${migration.name}`);
    applied.push(migration.version);
  }
  return applied;
}
