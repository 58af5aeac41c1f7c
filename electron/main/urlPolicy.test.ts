import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalLink, isTrustedSender, resolveAppPath } from './urlPolicy';

const dev = 'http://localhost:5173/';

describe('the shell trusts only its own pages', () => {
  it('accepts copydesk://app and, in development, the dev server', () => {
    expect(isAppUrl('copydesk://app/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('copydesk://evil/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('https://app.example/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });

  it('sends only plain http(s) links to the system browser', () => {
    expect(isExternalLink('https://news.example/story')).toBe(true);
    expect(isExternalLink('http://news.example/story')).toBe(true);
    for (const link of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'https://user:pw@news.example/', 'smb://share/x', 'ms-msdt:/id']) {
      expect(isExternalLink(link), link).toBe(false);
    }
  });

  it('answers API calls only from the top frame of the desk', () => {
    expect(isTrustedSender({ url: 'copydesk://app/index.html', isMainFrame: true }, undefined)).toBe(true);
    expect(isTrustedSender({ url: 'copydesk://app/index.html', isMainFrame: false }, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, undefined)).toBe(false);
    expect(isTrustedSender(null, undefined)).toBe(false);
  });

  it('serves files from the renderer folder and nothing outside it', () => {
    const root = resolve('/opt/copydesk/out/renderer');
    expect(resolveAppPath('copydesk://app/', root, join, sep)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('copydesk://app/assets/index.js', root, join, sep)).toBe(join(root, 'assets', 'index.js'));
    for (const url of ['copydesk://app/../../main/index.js', 'copydesk://app/%2e%2e/%2e%2e/secret', 'copydesk://app/assets/..%2f..%2f..%2fsecret', 'copydesk://app/..%5c..%5csecret']) {
      const file = resolveAppPath(url, root, join, sep);
      expect(file === null || file.startsWith(root + sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppPath('copydesk://app/assets/..%2f..%2f..%2fsecret', root, join, sep)).toBeNull();
    for (const url of ['copydesk://other/index.html', 'copydesk://app/%00', 'copydesk://app/%E0%A4%A', 'https://app/index.html']) {
      expect(resolveAppPath(url, root, join, sep), url).toBeNull();
    }
  });
});
