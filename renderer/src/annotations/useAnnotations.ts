import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { ErrorInfo } from '../../../shared/api/errors';
import type { Discrepancy, DiscrepancyKind } from '../../../shared/domain/analysis';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ApiClient } from '../../../shared/api/client';
import { useApi } from '../api/ApiContext';
import { toErrorInfo } from '../useDesk';

export type NewAnnotation = MethodInput<'annotations.create'>;
export type AnnotationPatch = Omit<MethodInput<'annotations.update'>, 'id'>;

/**
 * What can be done to annotations, as plain async functions, so an undo stack can call them:
 * delete returns the annotation as it was and `recreate` brings it back (with a new id).
 */
export function annotationCommands(api: ApiClient) {
  return {
    create: (input: NewAnnotation): Promise<Annotation> => api.call('annotations.create', input),
    update: (id: number, patch: AnnotationPatch): Promise<Annotation> => api.call('annotations.update', { id, ...patch }),
    remove: (id: number): Promise<Annotation> => api.call('annotations.delete', { id }),
    recreate: (a: Annotation): Promise<Annotation> =>
      api.call('annotations.create', { sourceId: a.sourceId, start: a.anchor.start, end: a.anchor.end, quote: a.anchor.quote, kind: a.kind, comment: a.comment, discrepancyId: a.discrepancyId }),
    createManualDiscrepancy: (annotationId: number, kind: DiscrepancyKind, summary?: string | null): Promise<Discrepancy> =>
      api.call('discrepancies.createManual', { annotationId, kind, summary }),
  };
}

export type AnnotationCommands = ReturnType<typeof annotationCommands>;

/**
 * The annotations of one source (placed and orphaned) and those whose source was removed, kept
 * current by the backend's events, with the commands that change them.
 */
export function useAnnotations(sourceId: number | null) {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [fromRemoved, setFromRemoved] = useState<Annotation[]>([]);
  const [loadedFor, setLoadedFor] = useState<number | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    if (sourceId === null) return;
    let live = true;
    const refresh = () =>
      void Promise.all([api.call('annotations.list', { sourceId }), api.call('annotations.list', {})]).then(
        ([own, all]) => {
          if (!live) return;
          setAnnotations(own);
          setFromRemoved(all.filter((a) => a.state === 'source-removed'));
          setLoadedFor(sourceId);
          setError(null);
        },
        (cause: unknown) => live && setError(toErrorInfo(cause)),
      );
    refresh();
    // Re-cleaning and block choices re-anchor annotations; removing a source orphans them.
    const offs = [api.on('annotations.changed', refresh), api.on('sources.changed', refresh)];
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, [api, sourceId]);

  const commands = useMemo(() => annotationCommands(api), [api]);
  const current = loadedFor === sourceId;
  const placed = useMemo(() => (current ? annotations.filter((a) => a.state === 'anchored') : []), [annotations, current]);
  const orphaned = useMemo(() => (current ? annotations.filter((a) => a.state === 'orphaned') : []), [annotations, current]);
  const clearError = useCallback(() => setError(null), []);
  return { placed, orphaned, fromRemoved, error, clearError, ...commands };
}
