import { useEffect, useRef } from 'react';
import { deskKeyAction, type DeskAction } from './deskKeys';

export type DeskKeyHandlers = { [T in DeskAction['type']]: (action: Extract<DeskAction, { type: T }>) => void };

/**
 * Listens for the desk's shortcuts on the window and runs the matching handler. Keys typed into
 * fields stay there; while a dialog is open only its own keys work (Escape closes it).
 */
export function useDeskKeys(handlers: DeskKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = deskKeyAction(event);
      if (!action) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const handler = latest.current[action.type] as (a: DeskAction) => void;
      handler(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
