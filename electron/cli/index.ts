/**
 * The `copydesk` command line: `npm run --silent copydesk -- <command>`.
 * Errors are one line on stderr and a non-zero exit; --debug adds the stack.
 */
import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/version';
// Commands load their modules when they run, so `--help` and `info` do not pay for the import stack.
const inspect = () => import('./commands/inspect');
const sources = () => import('./commands/sources');
const analysis = () => import('./commands/analysis');
const annotations = () => import('./commands/annotations');
import { CliError, EXIT_FAILED, EXIT_USAGE, reportError } from './output';

const debug = process.argv.includes('--debug');

function build(): Command {
  const program = new Command('copydesk')
    .description('Copydesk: line up several reports of one story, flag where they disagree, and compile a corrected brief.')
    .version(APP_VERSION, '-v, --version')
    .option('--debug', 'print stack traces with errors')
    .showHelpAfterError('(run “copydesk --help” for the commands)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'copydesk: ')) });

  program
    .command('new')
    .description('create a new, empty project file (never overwrites a file)')
    .argument('<file>', 'where to create it, ending in .copydesk')
    .option('--title <title>', 'the project title (default: the file name)')
    .action(async (file: string, options: { title?: string }) => (await import('./commands/new')).runNew(file, options));

  program
    .command('info')
    .description("show a project's title, format, journal mode and counts (reads only)")
    .argument('<file>', 'a .copydesk project')
    .option('--json', 'print JSON instead of text')
    .action(async (file: string, options: { json?: boolean }) => (await inspect()).runInfo(file, options));

  program
    .command('check')
    .description("run SQLite's integrity and foreign-key checks; exits 1 when anything is wrong (reads only)")
    .argument('<file>', 'a .copydesk project')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      if (!(await inspect()).runCheck(file, options)) process.exitCode = EXIT_FAILED;
    });

  program
    .command('import')
    .description('import article files (.txt, .md, .html, .docx) into a project, cleaning out scraper junk; exits 1 if any file was refused')
    .argument('<project>', 'a .copydesk project')
    .argument('<files...>', 'the article files')
    .option('--json', 'print one JSON result per file')
    .action(async (project: string, files: string[], options: { json?: boolean }) => {
      if (!(await (await sources()).runImport(project, files, options))) process.exitCode = EXIT_FAILED;
    });

  program
    .command('sources')
    .description("list a project's sources with their metadata; --json adds the cleaned text and what was removed")
    .argument('<project>', 'a .copydesk project')
    .option('--json', 'print JSON')
    .action(async (project: string, options: { json?: boolean }) => (await sources()).runSources(project, options));

  program
    .command('brief')
    .description('print the consensus brief as Markdown (compiling it first with --compile, or when the project has none)')
    .argument('<project>', 'a .copydesk project')
    .option('--compile', 'compile (or recompile, keeping your edits) before printing')
    .action(async (project: string, options: { compile?: boolean }) => (await import('./commands/brief')).runBrief(project, options));

  program
    .command('export')
    .description('write the brief as Markdown and/or PDF (compiled first when the project has none); PDF uses Chromium (CHROMIUM_PATH)')
    .argument('<project>', 'a .copydesk project')
    .option('--md <file>', 'write Markdown here')
    .option('--pdf <file>', 'write PDF here')
    .option('--force', 'replace files that exist')
    .action(async (project: string, options: { md?: string; pdf?: string; force?: boolean }) => (await import('./commands/brief')).runExport(project, options));

  program
    .command('backup')
    .description("back up a project with SQLite's online backup API (checked before it is kept); to <file>, or to the project's backup folder")
    .argument('<project>', 'a .copydesk project')
    .argument('[file]', 'where to write the backup (never overwritten)')
    .action(async (project: string, file: string | undefined) => (await import('./commands/backup')).runBackup(project, file));

  program
    .command('restore')
    .description('put a backup in the place of a project; a file already there is kept, renamed aside')
    .argument('<backup>', 'a backup file')
    .argument('<project>', 'the project path to restore to')
    .action(async (backup: string, project: string) => (await import('./commands/backup')).runRestore(backup, project));

  program
    .command('backups')
    .description("list a project's backups, newest first, each checked")
    .argument('<project>', 'a .copydesk project')
    .option('--json', 'print JSON')
    .action(async (project: string, options: { json?: boolean }) => (await import('./commands/backup')).runBackups(project, options));

  program
    .command('analyze')
    .description('line the sources up claim by claim, find where they disagree, and store the result (decisions are kept)')
    .argument('<project>', 'a .copydesk project')
    .option('--json', 'print sources, claims, discrepancies and entities as JSON')
    .action(async (project: string, options: { json?: boolean }) => (await analysis()).runAnalyze(project, options));

  program
    .command('decide')
    .description('decide a discrepancy: the reading to use (a variant or a correction), or dismiss it as no discrepancy')
    .argument('<project>', 'a .copydesk project')
    .argument('<discrepancy-id>', 'the id shown by “copydesk analyze”')
    .option('--reading <text>', 'the reading to use')
    .option('--dismiss', 'not a discrepancy')
    .option('--reopen', 'withdraw the decision')
    .option('--note <text>', 'why')
    .option('--evidence <url>', 'a link to the evidence')
    .action(async (project: string, id: string, options: { reading?: string; dismiss?: boolean; reopen?: boolean; note?: string; evidence?: string }) =>
      (await analysis()).runDecide(project, id, options),
    );

  program
    .command('annotate')
    .description('annotate the exact words of a source with a note; prints the new annotation id')
    .argument('<project>', 'a .copydesk project')
    .requiredOption('--source <id>', 'the source id shown by “copydesk sources”')
    .requiredOption('--quote <text>', "the exact words, as in the source's cleaned text")
    .requiredOption('--note <text>', 'the note (may be empty: "")')
    .option('--kind <kind>', 'error, discrepancy, note or verified', 'note')
    .option('--occurrence <n>', 'which occurrence, when the quote appears more than once (1 is the first)')
    .action(async (project: string, options: { source: string; quote: string; note: string; kind?: string; occurrence?: string }) => (await annotations()).runAnnotate(project, options));

  program
    .command('annotations')
    .description("list a project's annotations with their notes; orphaned ones (text changed, source removed) listed apart")
    .argument('<project>', 'a .copydesk project')
    .option('--json', 'print JSON')
    .action(async (project: string, options: { json?: boolean }) => (await annotations()).runAnnotations(project, options));

  program
    .command('serve')
    .description('serve the desk for a browser on 127.0.0.1; the first line printed is the address to open, token included')
    .argument('<file>', 'a .copydesk project')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '0')
    .option('--renderer-dir <dir>', 'the built desk to serve (default: out/renderer)')
    .action(async (file: string, options: { port?: string; rendererDir?: string }) => (await import('./commands/serve')).runServe(file, options));

  return program;
}

async function main(): Promise<void> {
  try {
    await build().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; commander has already printed its message.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.exitCode = reportError(error, debug);
  }
}

void main();
export { CliError };
