import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { SaveTracker, type SaveState } from './saveTracker';

const ApiContext = createContext<ApiClient | null>(null);
const SavesContext = createContext<SaveTracker>(new SaveTracker());

/** `saves` is the tracker the client's transport reports to (see trackSaves in main.tsx). */
export function ApiProvider({ client, saves, children }: { client: ApiClient; saves?: SaveTracker; children: ReactNode }) {
  const content = <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
  return saves ? <SavesContext.Provider value={saves}>{content}</SavesContext.Provider> : content;
}

/** The typed API client; the only way the renderer reaches the backend. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

/** Whether changes are being saved, were saved, or the last one failed. */
export function useSaveState(): SaveState {
  const tracker = useContext(SavesContext);
  return useSyncExternalStore(tracker.subscribe, tracker.snapshot);
}
