import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-cleaning';
import * as m0003 from './0003-analysis';
import * as m0004 from './0004-brief';
import * as m0005 from './0005-annotations';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Every migration, in order. `version` is the `user_version` the file has after it ran. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-initial', up: m0001.up },
  { version: 2, name: '0002-cleaning', up: m0002.up },
  { version: 3, name: '0003-analysis', up: m0003.up },
  { version: 4, name: '0004-brief', up: m0004.up },
  { version: 5, name: '0005-annotations', up: m0005.up },
];

/** The newest schema this build reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
