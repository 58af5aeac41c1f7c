/**
 * Electron's security checklist, applied to every web contents the app ever creates:
 * no new windows (http/https links go to the system browser), no navigation away from the app,
 * no webviews, and every permission request and check denied.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isExternalLink } from './urlPolicy';

function harden(contents: WebContents, devUrl: string | undefined): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Waived: only plain http(s) links without credentials (isExternalLink, unit-tested) reach the system browser.
    if (isExternalLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySecurityPolicy(devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => harden(contents, devUrl));
  const denyAll = session.defaultSession;
  denyAll.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  denyAll.setPermissionCheckHandler(() => false);
  denyAll.setDevicePermissionHandler(() => false);
}
