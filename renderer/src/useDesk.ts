import { useCallback, useEffect, useState } from 'react';
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

  const reload = useCallback(async () => {
    try {
      const [app, project] = await Promise.all([api.call('app.info', {}), api.call('project.get', {})]);
      if (!project) {
        setState({ status: 'no-project', app });
        return;
      }
      const sources = await api.call('sources.list', {});
      setState({ status: 'ready', app, project, sources });
    } catch (error) {
      setState({ status: 'error', error: toErrorInfo(error) });
    }
  }, [api]);

  useEffect(() => {
    void reload();
    const offProject = api.on('project.updated', (project) => {
      setState((previous) => (previous.status === 'ready' ? { ...previous, project } : previous));
    });
    const offSources = api.on('sources.changed', () => void reload());
    return () => {
      offProject();
      offSources();
    };
  }, [api, reload]);

  return { state, reload };
}
