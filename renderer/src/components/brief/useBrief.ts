import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/api/errors';
import type { BriefState } from '../../../../shared/domain/brief';
import { useApi } from '../../api/ApiContext';
import { toErrorInfo } from '../../useDesk';

export interface CompileOutcome {
  body: number;
  setApart: number;
  corrections: number;
  keptEdits: number;
  markedForReview: number;
}

/**
 * The brief as stored, and the actions that replace the editor's document (compile, restore, a
 * change made elsewhere). `loadKey` rises whenever the editor must load the stored document
 * afresh; the editor's own saves only move `version` on.
 */
export function useBrief() {
  const api = useApi();
  const [state, setState] = useState<BriefState | null>(null);
  const [loadKey, setLoadKey] = useState(0);
  const [busy, setBusy] = useState<null | 'compile' | 'restore'>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [lastCompile, setLastCompile] = useState<CompileOutcome | null>(null);
  /** The newest version this window knows of (its own saves included). */
  const known = useRef(0);
  /** Resolves when the editor's save in flight (if any) has answered. */
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const adopt = useCallback((next: BriefState) => {
    known.current = next.version;
    setState(next);
    setLoadKey((k) => k + 1);
  }, []);

  const reload = useCallback(() => api.call('brief.get', {}).then(adopt, (cause: unknown) => setError(toErrorInfo(cause))), [api, adopt]);

  useEffect(() => {
    void reload();
    // A change made elsewhere (another window, the command line): load it once our own save is in.
    return api.on('brief.updated', ({ version }) => {
      void saving.current.then(() => {
        if (version > known.current) void reload();
      });
    });
  }, [api, reload]);

  const compile = useCallback(
    async (minSupport?: number) => {
      setBusy('compile');
      setError(null);
      try {
        const { state: next, summary } = await api.call('brief.compile', minSupport === undefined ? {} : { minSupport });
        setLastCompile(summary);
        adopt(next);
      } catch (cause) {
        setError(toErrorInfo(cause));
      } finally {
        setBusy(null);
      }
    },
    [api, adopt],
  );

  const restore = useCallback(
    async (id: number) => {
      setBusy('restore');
      setError(null);
      try {
        adopt(await api.call('brief.restore', { id }));
      } catch (cause) {
        setError(toErrorInfo(cause));
      } finally {
        setBusy(null);
      }
    },
    [api, adopt],
  );

  /** The editor saved: remember the version without reloading the editor. */
  const saved = useCallback((next: BriefState) => {
    known.current = Math.max(known.current, next.version);
    setState((prev) => (prev ? { ...prev, version: next.version, wordCount: next.wordCount, updatedAt: next.updatedAt } : next));
  }, []);

  const trackSave = useCallback((promise: Promise<unknown>) => {
    saving.current = promise.catch(() => undefined);
  }, []);

  return { state, loadKey, busy, error, lastCompile, compile, restore, reload, saved, trackSave, setError };
}
