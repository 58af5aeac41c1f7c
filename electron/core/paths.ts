import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The user-data folder, the same one Electron's app.getPath('userData') gives for "Copydesk", so
 * the desktop app and the browser host share the sample project and settings.
 * COPYDESK_USER_DATA overrides it (tests, portable installs).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.COPYDESK_USER_DATA) return resolve(env.COPYDESK_USER_DATA);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Copydesk');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Copydesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Copydesk');
}

/**
 * The repository's resources/ folder when running from source or from out/ (both sit two levels
 * below the root). A packaged app passes process.resourcesPath instead.
 */
export function defaultResourcesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

/** The built renderer (out/renderer), served by the browser host. */
export function defaultRendererDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'renderer');
}
