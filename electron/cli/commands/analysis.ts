import { resolve } from 'node:path';
import type { AnalysisReport } from '../../../shared/domain/analysis';
import { userBackupSettings } from '../../core/project/backupScheduler';
import { ProjectSession } from '../../core/project/projectSession';
import { CliError, EXIT_USAGE } from '../output';

/** The JSON the issue specifies for `copydesk analyze --json`. */
function reportJson(report: AnalysisReport) {
  return {
    sources: report.sources,
    claims: report.claims.map(({ id, text, sourceIds }) => ({ id, text, sourceIds })),
    discrepancies: report.discrepancies.map(({ id, kind, status, summary, suggested, confidence, variants }) => ({ id, kind, status, summary, suggested, confidence, variants })),
    entities: report.entities,
  };
}

/** `copydesk analyze <project>`: runs and stores the analysis; decisions are kept. */
export function runAnalyze(project: string, options: { json?: boolean }): void {
  const session = ProjectSession.open(resolve(project), { backups: userBackupSettings() });
  try {
    const summary = session.analyze();
    const report = session.analysisReport();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
      return;
    }
    const open = report.discrepancies.filter((d) => d.status === 'open').length;
    process.stdout.write(`Analysed ${report.sources.length} sources in ${summary.ms} ms: ${summary.claims} claims, ${summary.discrepancies} discrepancies (${open} open).\n`);
    const idWidth = Math.max(4, ...report.discrepancies.map((d) => d.id.length)) + 2;
    if (report.discrepancies.length > 0) process.stdout.write(`\n${'ID'.padEnd(idWidth)}${'STATUS'.padEnd(11)}SUMMARY\n`);
    for (const d of report.discrepancies) process.stdout.write(`${d.id.padEnd(idWidth)}${d.status.padEnd(11)}${d.summary}\n`);
    if (report.orphanedDecisions.length > 0) {
      process.stdout.write(`\n${report.orphanedDecisions.length} decision(s) no longer match a discrepancy (kept, not moved): ${report.orphanedDecisions.map((d) => d.discrepancyId).join(', ')}\n`);
    }
  } finally {
    session.close();
  }
}

export interface DecideOptions {
  reading?: string;
  dismiss?: boolean;
  reopen?: boolean;
  note?: string;
  evidence?: string;
}

/** `copydesk decide <project> <id> (--reading T | --dismiss | --reopen)`. */
export function runDecide(project: string, id: string, options: DecideOptions): void {
  const chosen = [options.reading !== undefined, options.dismiss === true, options.reopen === true].filter(Boolean).length;
  if (chosen !== 1) throw new CliError('give exactly one of --reading <text>, --dismiss or --reopen', EXIT_USAGE);
  if (options.evidence !== undefined && !/^https?:\/\/\S+$/i.test(options.evidence)) throw new CliError('--evidence takes an http or https link', EXIT_USAGE);
  if (options.reading !== undefined && options.reading.trim() === '') throw new CliError('--reading needs the text to use', EXIT_USAGE);
  const session = ProjectSession.open(resolve(project), { backups: userBackupSettings() });
  try {
    const extra = { note: options.note ?? null, evidenceUrl: options.evidence ?? null };
    const before = session.analysisReport().discrepancies.find((d) => d.id === id);
    const isVariant = before?.variants.some((v) => v.text === options.reading) ?? false;
    const result = options.reopen
      ? session.decide(id, { action: 'reopen' })
      : options.dismiss
        ? session.decide(id, { action: 'dismiss', ...extra })
        : session.decide(id, { action: isVariant ? 'pick' : 'correct', reading: options.reading!.trim(), ...extra });
    process.stdout.write(`${result.id} ${result.status}${result.decision?.reading ? `: “${result.decision.reading}”` : ''} (${result.summary})\n`);
  } finally {
    session.close();
  }
}
