import { writeFile } from 'node:fs/promises';
import { AppError } from '../../../../shared/api/errors';
import { exportBrief } from '../../project/exportService';
import type { Handlers } from '../handler';

export const briefHandlers = {
  'brief.get': (_input, ctx) => ctx.session().briefState(),
  'brief.compile': async ({ minSupport }, ctx) => {
    // When compile analyses first, the session announces that run itself (analysis.finished).
    const { state, summary } = await ctx.session().compileBrief(minSupport);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'compile' } });
    return { state, summary };
  },
  'brief.save': ({ document, baseVersion }, ctx) => {
    const state = ctx.session().saveBrief(document, baseVersion);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'edit' } });
    return state;
  },
  'brief.revisions': (_input, ctx) => ctx.session().briefRevisions(),
  'brief.revision': ({ id }, ctx) => ctx.session().briefRevision(id),
  'brief.restore': ({ id }, ctx) => {
    const state = ctx.session().restoreBrief(id);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'restore' } });
    return state;
  },
  'brief.export': async ({ format, save }, ctx) => {
    const session = ctx.session();
    const file = await exportBrief(session, format, ctx.shell.printPdf);
    if (file.compiledVersion !== null) ctx.emit({ name: 'brief.updated', payload: { version: file.compiledVersion, reason: 'compile' } });
    if (save && ctx.shell.chooseSavePath) {
      const path = await ctx.shell.chooseSavePath(file.fileName, format);
      if (path === null) return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: '', bytes: file.bytes.length, ms: file.ms, savedTo: null, cancelled: true };
      try {
        await writeFile(path, file.bytes);
      } catch (error) {
        throw new AppError('STORAGE', `The export could not be written to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another folder and export again.`);
      }
      ctx.exported.add(path);
      return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: '', bytes: file.bytes.length, ms: file.ms, savedTo: path, cancelled: false };
    }
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64'), bytes: file.bytes.length, ms: file.ms, savedTo: null, cancelled: false };
  },
  'brief.reveal': ({ path }, ctx) => {
    if (!ctx.shell.revealFile) throw new AppError('FORBIDDEN', 'Showing a file in its folder is only possible in the desktop app; the browser saved the export to its downloads.');
    if (!ctx.exported.has(path)) throw new AppError('FORBIDDEN', 'Copydesk only shows files it exported in this session.');
    ctx.shell.revealFile(path);
    return null;
  },
} satisfies Partial<Handlers>;
