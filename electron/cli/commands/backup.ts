import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupFolderFor, checkBackup, listBackups, restoreBackup } from '../../core/db/backup';
import { userBackupSettings } from '../../core/project/backupScheduler';
import { ProjectSession } from '../../core/project/projectSession';
import { CliError, EXIT_USAGE } from '../output';

/** `copydesk backup <project> [<file>]`: an online backup, checked, to <file> or the project's backup folder. */
export async function runBackup(project: string, file: string | undefined): Promise<void> {
  const dest = file === undefined ? undefined : resolve(file);
  if (dest && existsSync(dest)) throw new CliError(`${dest} already exists; Copydesk never overwrites a file. Choose another name.`, EXIT_USAGE);
  const session = ProjectSession.open(resolve(project), { backups: userBackupSettings() });
  try {
    const path = await session.backup(dest);
    process.stdout.write(`Backed up to ${path}\n`);
  } finally {
    session.close();
  }
}

/** `copydesk restore <backup> <project>`: the backup takes the project's place; the file there is kept aside. */
export function runRestore(backup: string, project: string): void {
  const { replacedBy } = restoreBackup(resolve(backup), resolve(project));
  process.stdout.write(`Restored ${resolve(project)} from ${resolve(backup)}.${replacedBy ? ` The file that was there is kept as ${replacedBy}.` : ''}\n`);
}

/** `copydesk backups <project> [--json]`: the automatic and manual backups of a project, newest first. */
export function runBackups(project: string, options: { json?: boolean }): void {
  const folder = backupFolderFor(userBackupSettings().root, resolve(project));
  const backups = listBackups(folder).map((b) => ({ ...b, ok: checkBackup(b.path).ok }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ folder, backups }, null, 2)}\n`);
    return;
  }
  if (backups.length === 0) {
    process.stdout.write(`No backups yet (they go to ${folder}).\n`);
    return;
  }
  for (const b of backups) process.stdout.write(`${b.createdAt}  ${b.reason.padEnd(12)} ${String(Math.round(b.bytes / 1024)).padStart(6)} KB  ${b.ok ? 'ok     ' : 'DAMAGED'}  ${b.path}\n`);
}
