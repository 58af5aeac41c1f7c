import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { userBackupSettings } from '../../core/project/backupScheduler';
import { ProjectSession } from '../../core/project/projectSession';

interface ImportLine {
  file: string;
  status: 'imported' | 'refused';
  id?: number;
  title?: string;
  nearDuplicateOf?: { id: number; title: string; score: number } | null;
  error?: { code: string; message: string };
}

/** `copydesk import <project> <paths…>`: one result per file; a failure never stops the batch. Returns whether all succeeded. */
export async function runImport(project: string, paths: string[], options: { json?: boolean }): Promise<boolean> {
  const session = ProjectSession.open(resolve(project), { backups: userBackupSettings() });
  const lines: ImportLine[] = [];
  try {
    for (const path of paths) {
      const file = basename(path);
      try {
        if (statSync(resolve(path), { throwIfNoEntry: false })?.isDirectory()) {
          throw new AppError('UNSUPPORTED_FILE', `${file} is a folder; give the article files inside it (for example ${join(path, '*.txt')}).`);
        }
        const bytes = readFileSync(resolve(path));
        const result = await session.importArticle({ kind: 'file', fileName: file, bytes });
        lines.push({ file, status: 'imported', id: result.source.id, title: result.source.title, nearDuplicateOf: result.nearDuplicateOf });
        if (!options.json) {
          const s = result.source;
          const near = result.nearDuplicateOf ? `; near-duplicate of source ${result.nearDuplicateOf.id} “${result.nearDuplicateOf.title}”` : '';
          process.stdout.write(`imported  ${file} → source ${s.id} “${s.title}” (${s.wordCount} words, ${s.removedCount} junk block(s) removed${near})\n`);
        }
      } catch (error) {
        const info =
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : (error as NodeJS.ErrnoException).code === 'ENOENT'
              ? { code: 'NOT_FOUND', message: `There is no file at ${path}.` }
              : { code: 'INTERNAL', message: (error as Error).message };
        lines.push({ file, status: 'refused', error: info });
        if (!options.json) process.stderr.write(`copydesk: refused ${file}: ${info.message}\n`);
      }
    }
  } finally {
    session.close();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
  return lines.every((line) => line.status === 'imported');
}

/** `copydesk sources <project>`: every source with its cleaned text and what cleaning removed. */
export function runSources(project: string, options: { json?: boolean }): void {
  const session = ProjectSession.open(resolve(project), { backups: userBackupSettings() });
  try {
    const sources = session.listSources().map((summary) => {
      const detail = session.getSource(summary.id);
      const removed = session
        .blocks(summary.id)
        .filter((b) => b.removed && b.label === 'boilerplate')
        .map((b) => ({ text: b.text, reason: b.reason }));
      return {
        id: summary.id,
        title: summary.title,
        outlet: summary.outlet,
        author: summary.author,
        publishedAt: summary.publishedAt,
        url: summary.url,
        language: summary.language,
        fileName: summary.fileName,
        wordCount: summary.wordCount,
        importedAt: summary.importedAt,
        nearDuplicateOf: summary.nearDuplicateOf,
        cleanText: detail.text,
        removed,
      };
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
      return;
    }
    if (sources.length === 0) process.stdout.write('No sources yet: add some with “copydesk import <project> <files…>”.\n');
    for (const s of sources) {
      const meta = [s.outlet, s.author, s.publishedAt, `${s.wordCount} words`, `${s.removed.length} removed`].filter(Boolean).join(' · ');
      process.stdout.write(`${String(s.id).padStart(4)}  ${s.title}\n      ${meta}${s.fileName ? ` · ${s.fileName}` : ''}\n`);
    }
  } finally {
    session.close();
  }
}
