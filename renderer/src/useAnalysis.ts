import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/api/errors';
import type { AnalysisReport } from '../../shared/domain/analysis';
import { useApi } from './api/ApiContext';
import { toErrorInfo } from './useDesk';

/** The stored analysis (with the editor's manual discrepancies), kept current by the backend's events; run() analyses again. */
export function useAnalysis() {
  const api = useApi();
  const [report, setReport] = useState<AnalysisReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const load = useCallback(() => api.call('analysis.get', {}), [api]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void load().then(
        (next) => live && setReport(next),
        (cause: unknown) => live && setError(toErrorInfo(cause)),
      );
    refresh();
    const offs = [api.on('analysis.finished', refresh), api.on('discrepancies.decided', refresh), api.on('sources.changed', refresh), api.on('project.updated', refresh), api.on('annotations.changed', refresh)];
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, [api, load]);

  const run = useCallback(async () => {
    setRunning(true);
    setError(null);
    try {
      await api.call('analysis.run', {});
      setReport(await load());
    } catch (cause) {
      setError(toErrorInfo(cause));
    } finally {
      setRunning(false);
    }
  }, [api, load]);

  return { report, running, error, run };
}
