import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { UndoStack } from './undoStack';

const UndoContext = createContext<UndoStack | null>(null);

export function UndoProvider({ children }: { children: ReactNode }) {
  const stack = useMemo(() => new UndoStack(), []);
  return <UndoContext.Provider value={stack}>{children}</UndoContext.Provider>;
}

/** The desk's one undo history; re-renders the caller when it changes. */
export function useUndo(): UndoStack {
  const stack = useContext(UndoContext);
  if (!stack) throw new Error('useUndo outside UndoProvider');
  useSyncExternalStore(stack.subscribe, stack.snapshot);
  return stack;
}

/** The undo history for recording commands, without re-rendering the caller on every change. */
export function useUndoStack(): UndoStack {
  const stack = useContext(UndoContext);
  if (!stack) throw new Error('useUndoStack outside UndoProvider');
  return stack;
}
