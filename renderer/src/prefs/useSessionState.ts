import { useEffect, useState } from 'react';

/**
 * State that survives reloading the window (sessionStorage: this window only, gone when it closes),
 * for what the editor was looking at: the selected source, discrepancy and filters. `accept`
 * turns whatever was stored (possibly by another build) into a value, or null to use `initial`.
 */
export function useSessionState<T>(key: string, initial: T, accept: (stored: unknown) => T | null) {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(`copydesk:${key}`);
      return raw === null ? initial : (accept(JSON.parse(raw)) ?? initial);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(`copydesk:${key}`, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the state still works, it just is not kept over a reload.
    }
  }, [key, value]);
  return [value, setValue] as const;
}
