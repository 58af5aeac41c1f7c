import { resolve } from 'node:path';
import type { AppEvent } from '../../../shared/api/contract';
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

/** One line on stderr, rewritten as the run goes; only on a terminal, so pipes and logs stay clean. */
function progressLine(): { onEvent(event: AppEvent): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    onEvent(event) {
      if (!tty || event.name !== 'analysis.progress') return;
      const { stage, done, total, percent } = event.payload;
      const what = stage === 'extract' ? `reading source ${done} of ${total}` : stage === 'align' ? 'lining up claims' : 'comparing claims';
      process.stderr.write(`\r\x1b[KAnalysing: ${what} (${percent}%)`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** `copydesk analyze <project>`: runs and stores the analysis (in a worker thread); decisions are kept. */
export async function runAnalyze(project: string, options: { json?: boolean }): Promise<void> {
  const progress = progressLine();
  // On this thread: a one-shot command has nothing else to keep responsive, and a worker would load the code twice.
  const session = ProjectSession.open(resolve(project), { onEvent: progress.onEvent, analysisWorker: 'main-thread', backups: userBackupSettings() });
  try {
    const summary = await session.analyze();
    progress.done();
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
    progress.done();
    await session.close();
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
