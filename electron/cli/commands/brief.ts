import { writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportMarkdown } from '../../core/brief/export';
import { closePdfPrinter, printPdf } from '../../core/brief/export/printPdf';
import { userBackupSettings } from '../../core/project/backupScheduler';
import { exportBrief } from '../../core/project/exportService';
import { ProjectSession } from '../../core/project/projectSession';
import { CliError, EXIT_USAGE } from '../output';

const open = (project: string) => ProjectSession.open(resolve(project), { backups: userBackupSettings(), analysisWorker: 'main-thread' });

/** `copydesk brief <project> [--compile]`: the brief as Markdown on stdout (compiled first with --compile or when there is none). */
export async function runBrief(project: string, options: { compile?: boolean }): Promise<void> {
  const session = open(project);
  try {
    let state = session.briefState();
    if (options.compile || !state.document) {
      const compiled = await session.compileBrief();
      state = compiled.state;
      const s = compiled.summary;
      process.stderr.write(`Compiled: ${s.body} paragraphs, ${s.setApart} claims set apart, ${s.corrections} corrections${s.keptEdits ? `; kept ${s.keptEdits} of your edits` : ''}${s.markedForReview ? `; ${s.markedForReview} marked for review` : ''}.\n`);
    }
    process.stdout.write(exportMarkdown(state.document!, session.listSources(), { title: session.info().title, exportedAt: new Date().toISOString() }));
  } finally {
    await session.close();
  }
}

/** `copydesk export <project> [--md <file>] [--pdf <file>]`: writes the brief's files (compiling first when the project has none). */
export async function runExport(project: string, options: { md?: string; pdf?: string; force?: boolean }): Promise<void> {
  if (!options.md && !options.pdf) throw new CliError('say what to write: --md <file>, --pdf <file>, or both', EXIT_USAGE);
  for (const file of [options.md, options.pdf]) {
    if (file && existsSync(resolve(file)) && !options.force) throw new CliError(`${resolve(file)} already exists; add --force to replace it`, EXIT_USAGE);
  }
  const session = open(project);
  try {
    for (const [format, file] of [['markdown', options.md], ['pdf', options.pdf]] as const) {
      if (!file) continue;
      const out = await exportBrief(session, format, printPdf);
      writeFileSync(resolve(file), out.bytes);
      process.stdout.write(`Wrote ${resolve(file)} (${Math.max(1, Math.round(out.bytes.length / 1024))} KB, ${out.ms} ms)\n`);
    }
  } finally {
    await session.close();
    await closePdfPrinter();
  }
}
