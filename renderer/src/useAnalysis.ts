import { useCallback, useEffect, useState } from 'react';
import type { Events } from '../../shared/api/contract';
import type { ErrorInfo } from '../../shared/api/errors';
import type { AnalysisReport } from '../../shared/domain/analysis';
import { useApi } from './api/ApiContext';
import { toErrorInfo } from './useDesk';

export type AnalysisProgressState = Events['analysis.progress'];

/**
 * The stored analysis (with the editor's manual discrepancies), kept current by the backend's events; `progress` while a run is under way
 * (the backend re-runs it by itself after imports); run() analyses again on request.
 */
export function useAnalysis() {
  const api = useApi();
  const [report, setReport] = useState<AnalysisReport | null>(null);
  const [requested, setRequested] = useState(false);
  const [progress, setProgress] = useState<AnalysisProgressState | null>(null);
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
    const offs = [
      api.on('analysis.started', ({ sources }) => {
        setError(null);
        setProgress({ stage: 'extract', done: 0, total: sources, percent: 0 });
      }),
      api.on('analysis.progress', setProgress),
      api.on('analysis.finished', () => {
        setProgress(null);
        refresh();
      }),
      api.on('analysis.failed', ({ message }) => {
        setProgress(null);
        setError({ code: 'INTERNAL', message });
      }),
      api.on('discrepancies.decided', refresh),
      api.on('sources.changed', refresh),
      api.on('project.updated', refresh),
      api.on('annotations.changed', refresh),
      api.on('project.closed', () => setProgress(null)),
    ];
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, [api, load]);

  const run = useCallback(async () => {
    setRequested(true);
    setError(null);
    try {
      await api.call('analysis.run', {});
      setReport(await load());
    } catch (cause) {
      setError(toErrorInfo(cause));
    } finally {
      setRequested(false);
    }
  }, [api, load]);

  return { report, running: requested || progress !== null, progress, error, run };
}
