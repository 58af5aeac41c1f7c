import { useCallback, useState } from 'react';

/**
 * useState that survives the view being closed and opened again in this window (sessionStorage),
 * so leaving Compare to read a source does not lose the columns the editor chose.
 */
export function useRememberedState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: read(key, initial) }));
  // A new key (another project's sources) starts from what that key remembers.
  const current = state.key === key ? state.value : read(key, initial);
  const set = useCallback(
    (value: T) => {
      setState({ key, value });
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or unavailable: the choice lasts while the view is open.
      }
    },
    [key],
  );
  return [current, set];
}

function read<T>(key: string, fallback: T): T {
  try {
    const stored = sessionStorage.getItem(key);
    return stored === null ? fallback : (JSON.parse(stored) as T);
  } catch {
    return fallback;
  }
}
