/**
 * Backups while a project is open: every `intervalMs`, if the project changed since the last
 * backup, an online backup is taken into the project's backup folder and old ones are pruned.
 * Backups never block the editor: the online backup API copies in steps between writes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName, changesSoFar, onlineBackup, pruneBackups, type BackupReason } from '../db/backup';
import type { Db } from '../db/open';
import { createLogger } from '../log';
import { defaultUserDataDir } from '../paths';

const log = createLogger('backup');

export interface BackupSettings {
  /** The user-data folder's backups/ (each project gets a folder inside). */
  root: string;
  /** Default 10 minutes. */
  intervalMs?: number;
  keepInterval?: number;
}

export class BackupScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<string> | null = null;
  private backedUpAt = 0;
  private stopped = false;

  constructor(
    private readonly db: Db,
    readonly folder: string,
    private readonly settings: BackupSettings,
    private readonly nativeBinding?: string,
  ) {}

  start(): void {
    const every = this.settings.intervalMs ?? 10 * 60_000;
    this.backedUpAt = changesSoFar(this.db);
    this.timer = setInterval(() => {
      if (changesSoFar(this.db) > this.backedUpAt) void this.backupNow('interval').catch((error: unknown) => (this.stopped ? log.info('interval backup cut short: the project closed') : log.error('interval backup failed', error)));
    }, every);
    this.timer.unref();
  }

  /** Takes a backup now (one at a time); resolves with its path. */
  backupNow(reason: BackupReason = 'manual'): Promise<string> {
    if (this.running) return this.running;
    const changes = changesSoFar(this.db);
    const dest = join(this.folder, backupFileName(reason));
    this.running = (async () => {
      try {
        mkdirSync(this.folder, { recursive: true });
        await onlineBackup(this.db, dest, this.nativeBinding);
        this.backedUpAt = changes;
        pruneBackups(this.folder, this.settings.keepInterval);
        log.info(`backed up to ${dest}`);
        return dest;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Stops the timer and waits for a backup in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}

/** Backups under the user-data folder; COPYDESK_BACKUP_INTERVAL_MS shortens the interval (tests). */
export function userBackupSettings(env: NodeJS.ProcessEnv = process.env): BackupSettings {
  const interval = Number(env.COPYDESK_BACKUP_INTERVAL_MS);
  return { root: join(defaultUserDataDir(env), 'backups'), ...(Number.isFinite(interval) && interval > 0 ? { intervalMs: interval } : {}) };
}
