import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/domain/source';
import { useApi } from './api/ApiContext';
import { bytesToBase64, MAX_IMPORT_BYTES } from './api/files';
import { toErrorInfo } from './useDesk';

export type ImportStatus = 'imported' | 'duplicate' | 'refused';

export interface ImportRow {
  label: string;
  status: ImportStatus;
  message: string;
  sourceId?: number;
}

export interface ImportBatch {
  total: number;
  done: number;
  running: boolean;
  rows: ImportRow[];
}

type Item = { label: string; input: () => Promise<MethodInput<'sources.import'>> };

function describe(result: ImportResult): string {
  const s = result.source;
  const parts = [`${s.wordCount.toLocaleString('en')} words`, s.removedCount > 0 ? `${s.removedCount} junk block${s.removedCount === 1 ? '' : 's'} removed` : 'nothing removed'];
  if (result.nearDuplicateOf) parts.push(`near-duplicate of “${result.nearDuplicateOf.title}” (${Math.round(result.nearDuplicateOf.score * 100)}% shared)`);
  return `“${s.title}”: ${parts.join(', ')}`;
}

/** Runs an import batch one item at a time: progress, and a row per item; one failure never stops the rest. */
export function useImport() {
  const api = useApi();
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (items: Item[]): Promise<ImportRow[]> => {
      if (busy.current || items.length === 0) return [];
      busy.current = true;
      setBatch({ total: items.length, done: 0, running: true, rows: [] });
      const rows: ImportRow[] = [];
      for (const item of items) {
        let row: ImportRow;
        try {
          const result = await api.call('sources.import', await item.input());
          row = { label: item.label, status: 'imported', message: describe(result), sourceId: result.source.id };
        } catch (error) {
          const info = toErrorInfo(error);
          row = { label: item.label, status: info.code === 'CONFLICT' ? 'duplicate' : 'refused', message: info.message };
        }
        rows.push(row);
        setBatch((b) => (b ? { ...b, done: b.done + 1, rows: [...b.rows, row] } : b));
      }
      setBatch((b) => (b ? { ...b, running: false } : b));
      busy.current = false;
      return rows;
    },
    [api],
  );

  const importFiles = useCallback(
    (files: File[]) =>
      run(
        files.map((file) => ({
          label: file.name,
          input: async () => {
            // Refused here, before reading: a huge file never travels to the backend.
            if (file.size > MAX_IMPORT_BYTES) throw new AppError('TOO_LARGE', `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; Copydesk imports articles up to 20 MB.`);
            return { kind: 'file' as const, fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
          },
        })),
      ),
    [run],
  );

  const importPaste = useCallback((text: string, html: string | null) => run([{ label: 'Pasted text', input: async () => ({ kind: 'paste' as const, text, html }) }]), [run]);
  const importUrl = useCallback((url: string) => run([{ label: url, input: async () => ({ kind: 'url' as const, url }) }]), [run]);

  return { batch, importFiles, importPaste, importUrl, clear: () => setBatch(null) };
}
