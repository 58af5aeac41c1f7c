/** What the desk shows about the open project file. JSON only: dates are ISO strings. */
export interface ProjectInfo {
  title: string;
  /** Absolute path of the project file on this machine. */
  path: string;
  fileName: string;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  sourceCount: number;
  readOnly: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  /** The newest project schema this build reads and writes. */
  schemaVersion: number;
  /** Which carrier the desk runs in; the renderer shows it, never branches on it. */
  host: 'electron' | 'browser' | 'memory';
}
