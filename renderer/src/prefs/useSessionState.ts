import { useEffect, useState } from 'react';
import { readSession, writeSession } from './sessionStore';

/**
 * State that survives reloading the window (sessionStorage: this window only, gone when it closes),
 * for what the editor was looking at: the selected source, discrepancy and filters. `accept`
 * turns whatever was stored (possibly by another build) into a value, or null to use `initial`.
 */
export function useSessionState<T>(key: string, initial: T, accept: (stored: unknown) => T | null) {
  const [value, setValue] = useState<T>(() => readSession(sessionStorage, key, initial, accept));
  useEffect(() => writeSession(sessionStorage, key, value), [key, value]);
  return [value, setValue] as const;
}
