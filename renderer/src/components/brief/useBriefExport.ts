import { useCallback, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/api/errors';
import type { ExportFormat } from '../../../../shared/domain/brief';
import { useApi } from '../../api/ApiContext';
import { toErrorInfo } from '../../useDesk';

export interface ExportOutcome {
  format: ExportFormat;
  fileName: string;
  bytes: number;
  ms: number;
  /** Desktop: where it was saved (Show in folder); null for a browser download. */
  savedTo: string | null;
}

/** The browser's download of bytes the backend made (the browser host has no save dialog). */
function download(fileName: string, mimeType: string, dataBase64: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exporting the brief: saves what is pending first, asks the backend for the file (on the desktop
 * it shows a save dialog and writes it), downloads it in the browser.
 */
export function useBriefExport(flush: () => Promise<void>) {
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [done, setDone] = useState<ExportOutcome | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      setError(null);
      setDone(null);
      try {
        await flush();
        const file = await api.call('brief.export', { format, save: true });
        if (file.cancelled) return;
        if (file.savedTo === null) download(file.fileName, file.mimeType, file.dataBase64);
        setDone({ format, fileName: file.fileName, bytes: file.bytes, ms: file.ms, savedTo: file.savedTo });
      } catch (cause) {
        setError(toErrorInfo(cause));
      } finally {
        setBusy(null);
      }
    },
    [api, flush],
  );

  const reveal = useCallback(
    (path: string) => void api.call('brief.reveal', { path }).catch((cause: unknown) => setError(toErrorInfo(cause))),
    [api],
  );

  return { busy, done, error, run, reveal, dismiss: () => setDone(null) };
}
