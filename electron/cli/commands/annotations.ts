import { resolve } from 'node:path';
import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../../shared/domain/annotation';
import { findQuote } from '../../core/annotations/anchor';
import { ProjectSession } from '../../core/project/projectSession';
import { CliError, EXIT_USAGE } from '../output';

export interface AnnotateOptions {
  source: string;
  quote: string;
  note: string;
  kind?: string;
  occurrence?: string;
}

function positiveInt(value: string, flag: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(`${flag} takes a whole number from 1`, EXIT_USAGE);
  return Number(value);
}

/** `copydesk annotate <project> --source <id> --quote <exact text> --note <text>`: prints the new annotation's id. */
export function runAnnotate(project: string, options: AnnotateOptions): void {
  const sourceId = positiveInt(options.source, '--source');
  const kind = (options.kind ?? 'note') as AnnotationKind;
  if (!ANNOTATION_KINDS.includes(kind)) throw new CliError(`--kind must be one of ${ANNOTATION_KINDS.join(', ')}`, EXIT_USAGE);
  if (options.quote === '') throw new CliError('--quote needs the exact text to annotate', EXIT_USAGE);
  if (options.note.length > 4000) throw new CliError('--note can be at most 4,000 characters', EXIT_USAGE);
  const occurrence = options.occurrence === undefined ? undefined : positiveInt(options.occurrence, '--occurrence');
  const session = ProjectSession.open(resolve(project));
  try {
    const source = session.getSource(sourceId);
    const found = findQuote(source.text, options.quote);
    if (found.length === 0) throw new CliError(`“${options.quote}” is not in the cleaned text of source ${sourceId} (“${source.title}”); give the exact words as the reader shows them`);
    if (occurrence === undefined && found.length > 1) {
      throw new CliError(`“${options.quote}” occurs ${found.length} times in source ${sourceId}; add --occurrence <1-${found.length}> or a longer quote`, EXIT_USAGE);
    }
    if (occurrence !== undefined && occurrence > found.length) throw new CliError(`“${options.quote}” occurs only ${found.length} time(s) in source ${sourceId}`, EXIT_USAGE);
    const start = found[(occurrence ?? 1) - 1]!;
    const annotation = session.createAnnotation({ sourceId, start, end: start + options.quote.length, quote: options.quote, kind, comment: options.note.trim() });
    // Printed only after the write committed (synchronous=FULL): an id on stdout is a durable annotation.
    process.stdout.write(`${annotation.id}\n`);
  } finally {
    session.close();
  }
}

function where(a: Annotation): string {
  if (a.state === 'source-removed') return `source ${a.sourceId} (removed: “${a.removedSourceTitle ?? ''}”)`;
  if (a.state === 'orphaned') return `source ${a.sourceId}, orphaned (text changed; last at ${a.anchor.start}–${a.anchor.end})`;
  return `source ${a.sourceId} ${a.anchor.start}–${a.anchor.end}`;
}

/** `copydesk annotations <project>`: every annotation with its note; orphaned ones listed apart. */
export function runAnnotations(project: string, options: { json?: boolean }): void {
  const session = ProjectSession.open(resolve(project));
  try {
    const all = session.listAnnotations();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      return;
    }
    if (all.length === 0) {
      process.stdout.write('No annotations yet. Add one with “copydesk annotate <project> --source <id> --quote <text> --note <text>”.\n');
      return;
    }
    const placed = all.filter((a) => a.state === 'anchored');
    const orphaned = all.filter((a) => a.state !== 'anchored');
    const line = (a: Annotation) =>
      `${String(a.id).padEnd(6)}${a.kind.padEnd(12)}${where(a)}  “${a.anchor.quote.replace(/\s+/g, ' ')}”${a.comment ? ` — ${a.comment.replace(/\s+/g, ' ')}` : ''}${a.discrepancyId ? ` [${a.discrepancyId}]` : ''}\n`;
    process.stdout.write(`${'ID'.padEnd(6)}${'KIND'.padEnd(12)}WHERE, QUOTE — NOTE\n`);
    for (const a of placed) process.stdout.write(line(a));
    if (orphaned.length > 0) {
      process.stdout.write(`\n${orphaned.length} orphaned (kept, not moved: the text they were on changed or their source was removed):\n`);
      for (const a of orphaned) process.stdout.write(line(a));
    }
  } finally {
    session.close();
  }
}
