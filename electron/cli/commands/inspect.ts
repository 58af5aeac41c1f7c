import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspectProject, type ProjectInspection } from '../../core/db/inspect';

export function runInfo(file: string, options: { json?: boolean }): void {
  const path = resolve(file);
  const facts = inspectProject(path);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...facts, sizeBytes: statSync(path).size }, null, 2)}\n`);
    return;
  }
  process.stdout.write(formatInfo(facts));
}

function formatInfo(facts: ProjectInspection): string {
  const rows: Array<[string, string]> = [
    ['Title', facts.title],
    ['File', facts.path],
    ['Format', `Copydesk project, schema ${facts.schemaVersion} (this Copydesk writes ${facts.appSchemaVersion})`],
    ['Application id', `0x${facts.applicationId.toString(16)}`],
    ['Journal', facts.journalMode],
    ['Sources', String(facts.sourceCount)],
    ['Created', facts.createdAt],
    ['Updated', facts.updatedAt],
  ];
  return rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${v}\n`).join('');
}

/** Integrity and foreign-key checks; throws (exit 1) with a message when anything is wrong. */
export function runCheck(file: string, options: { json?: boolean }): boolean {
  const path = resolve(file);
  const facts = inspectProject(path, { fullCheck: true });
  const report = facts.check!;
  if (options.json) process.stdout.write(`${JSON.stringify({ path, ...report }, null, 2)}\n`);
  else if (report.ok) process.stdout.write(`ok: ${path} passed the integrity and foreign-key checks (${facts.sourceCount} sources).\n`);
  if (!report.ok) {
    const first = report.integrity[0] ?? (report.foreignKeys[0] ? `row ${report.foreignKeys[0].rowid} of ${report.foreignKeys[0].table} points at a missing ${report.foreignKeys[0].parent}` : 'unknown');
    process.stderr.write(`copydesk: ${path} failed its check: ${report.integrity.length} integrity problem(s), ${report.foreignKeys.length} broken reference(s); first: ${first}. Restore it from a backup.\n`);
  }
  return report.ok;
}
