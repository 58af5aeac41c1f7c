import { AppError } from '../../../shared/api/errors';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Feedback {
  /** A brief, polite note (“Undid: picked ‘Qin Gang’”), gone after a few seconds. */
  announce(text: string): void;
  /** A problem with no field of its own to show beside (a keyboard decision, an undo): stays until dismissed. */
  report(message: string): void;
}

const FeedbackContext = createContext<Feedback>({ announce: () => undefined, report: () => undefined });

export function useFeedback(): Feedback {
  return useContext(FeedbackContext);
}

const TOAST_MS = 4000;

/** Provides useFeedback() and renders its two live regions: a status toast and an alert. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ text: string; key: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const announce = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    setToast((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
    timer.current = window.setTimeout(() => setToast(null), TOAST_MS);
  }, []);
  const report = useCallback((message: string) => setProblem(message), []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // An API failure nothing else caught still reaches the editor, as its message (never a stack).
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      if (event.reason instanceof AppError) report(event.reason.message);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [report]);
  const value = useMemo(() => ({ announce, report }), [announce, report]);

  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <p key={toast.key} className="toast">
            {toast.text}
          </p>
        )}
      </div>
      <div className="alert-region" role="alert">
        {problem && (
          <p className="notice notice-error alert-banner">
            <span>{problem}</span>
            <button type="button" className="small-button" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
    </FeedbackContext.Provider>
  );
}
