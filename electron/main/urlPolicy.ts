/**
 * Which URLs the shell trusts, as pure functions (no Electron import) so they are unit-tested.
 * The app's own origin is copydesk://app; in development, also the electron-vite dev server.
 */
export const APP_SCHEME = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export function isAppUrl(raw: string, devUrl: string | undefined): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === `${APP_SCHEME}:` && url.host === 'app') return true;
    return devUrl !== undefined && url.origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

/** Links an editor may follow out of the app, to the system browser: plain http(s), no credentials. */
export function isExternalLink(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** An API call is trusted only from the desk's own top-level frame. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, devUrl: string | undefined): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url, devUrl);
}

/**
 * The file a copydesk://app URL names inside the renderer folder, or null when the URL leaves it.
 * `root` must be absolute and normalised; the separator is passed so Windows paths are tested too.
 */
export function resolveAppPath(rawUrl: string, root: string, join: (...parts: string[]) => string, sep: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'app') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const full = join(root, path === '/' ? 'index.html' : path);
  return full.startsWith(root + sep) ? full : null;
}
