import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import type { AppInfo, ProjectInfo } from '../../shared/domain/project';
import type { SourceSummary } from '../../shared/domain/source';
import { useApi } from './api/ApiContext';

export type DeskState =
  | { status: 'loading' }
  | { status: 'error'; error: ErrorInfo }
  | { status: 'no-project'; app: AppInfo }
  | { status: 'ready'; app: AppInfo; project: ProjectInfo; sources: SourceSummary[] };

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  return { code: 'INTERNAL', message: 'Something went wrong in the desk. Reload the window.' };
}

/** The open project and its sources, kept current by the backend's events. */
export function useDesk(): { state: DeskState; reload: () => Promise<void> } {
  const api = useApi();
  const [state, setState] = useState<DeskState>({ status: 'loading' });
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  // Reads the desk's state; callers store it from a callback, never synchronously in an effect.
  const load = useCallback(async (): Promise<DeskState> => {
    try {
      const [app, project] = await Promise.all([api.call('app.info', {}), api.call('project.get', {})]);
      if (!project) return { status: 'no-project', app };
      const sources = await api.call('sources.list', {});
      return { status: 'ready', app, project, sources };
    } catch (error) {
      return { status: 'error', error: toErrorInfo(error) };
    }
  }, [api]);

  const reload = useCallback(() => load().then(setState), [load]);

  useEffect(() => {
    let live = true;
    const refresh = () => void load().then((next) => live && setState(next));
    refresh();
    const offProject = api.on('project.updated', (project) => {
      // Another project opened (File › Open, a second launch): everything is new, so reload it all.
      const shown = latest.current;
      if (shown.status === 'ready' && shown.project.path === project.path) setState({ ...shown, project });
      else refresh();
    });
    const offSources = api.on('sources.changed', refresh);
    const offClosed = api.on('project.closed', refresh);
    // Open-flag counts per source change with each analysis and decision.
    const offAnalysis = api.on('analysis.finished', refresh);
    const offDecided = api.on('discrepancies.decided', refresh);
    // A discrepancy made from an annotation is an open flag too.
    const offAnnotated = api.on('annotations.changed', refresh);
    return () => {
      live = false;
      offClosed();
      offAnalysis();
      offDecided();
      offAnnotated();
      offProject();
      offSources();
    };
  }, [api, load]);

  return { state, reload };
}
