import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { UiPrefs } from '../../../shared/domain/prefs';
import { useApi } from '../api/ApiContext';
import { useFeedback } from '../feedback/FeedbackContext';

interface Prefs {
  prefs: UiPrefs;
  /** False until the stored preferences have been read (or could not be). */
  loaded: boolean;
  /** Applies at once; saved through the API shortly after the last change (a drag sends one save). */
  update(patch: UiPrefs): void;
}

const PrefsContext = createContext<Prefs | null>(null);
const SAVE_DELAY_MS = 250;

/** The desk's remembered layout and view, kept in the user-data folder through prefs.get/prefs.set. */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { report } = useFeedback();
  const [prefs, setPrefs] = useState<UiPrefs>({});
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<UiPrefs>({});
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api.call('prefs.get', {}).then(
      (stored) => {
        if (!live) return;
        setPrefs((current) => merge(stored, current));
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const flush = useCallback(() => {
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return;
    api.call('prefs.set', patch).catch((error: unknown) => report(error instanceof Error ? error.message : 'Copydesk could not remember your layout.'));
  }, [api, report]);

  useEffect(() => {
    const onHide = () => {
      window.clearTimeout(timer.current);
      flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [flush]);

  const update = useCallback(
    (patch: UiPrefs) => {
      setPrefs((current) => merge(current, patch));
      pending.current = merge(pending.current, patch);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const value = useMemo(() => ({ prefs, loaded, update }), [prefs, loaded, update]);
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

function merge(base: UiPrefs, patch: UiPrefs): UiPrefs {
  return { ...base, ...patch, ...(base.panes || patch.panes ? { panes: { ...base.panes, ...patch.panes } } : {}) };
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}
