import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../core/api/backend';
import { newProject, tempDir } from '../core/testing/fixtures';
import { startHost, type RunningHost } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: RunningHost, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path ?? '/', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function api(host: RunningHost, method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': host.token, ...headers },
    body: JSON.stringify(body),
  });
}

const running: Array<{ host: RunningHost; backend: Backend }> = [];
afterEach(async () => {
  for (const { host, backend } of running.splice(0)) {
    await host.close();
    backend.closeProject();
  }
});

async function start(rendererDir: string | null = null): Promise<RunningHost> {
  const backend = new Backend('browser');
  backend.openProject(newProject('Bridge closure'));
  const host = await startHost({ backend, rendererDir });
  running.push({ host, backend });
  return host;
}

/** A built renderer, with a secret file beside it that must never be served. */
function fakeRenderer(): string {
  const base = tempDir();
  const dir = join(base, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<html><head></head><body>desk</body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'secret');
  return dir;
}

async function pageCookie(host: RunningHost): Promise<string> {
  const arrival = await send(host, { path: `/?token=${host.token}` });
  return String(arrival.headers['set-cookie']).split(';')[0]!;
}

describe('the browser host', () => {
  it('binds 127.0.0.1 and answers an API call that carries the token', async () => {
    const host = await start();
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    const reply = await api(host, 'project.get', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { title: 'Bridge closure' } });
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    const host = await start();
    const none = await send(host, { method: 'POST', path: '/api/project.get', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await api(host, 'project.get', {}, { 'X-Copydesk-Token': 'x'.repeat(host.token.length) });
    expect(wrong.status).toBe(403);
  });

  it('refuses a wrong Host header (DNS rebinding)', async () => {
    const host = await start();
    for (const badHost of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const reply = await api(host, 'project.get', {}, { Host: badHost });
      expect(reply.status, badHost).toBe(403);
      expect(reply.body).not.toContain('Bridge closure');
    }
    expect((await api(host, 'project.get', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses requests from another origin, even another port of this machine', async () => {
    const host = await start();
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const reply = await api(host, 'project.get', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect((await api(host, 'project.get', {}, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await api(host, 'project.get', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api(host, 'project.get', {}, { Origin: host.origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('takes the token from the address into the fragment, and serves the desk to the page cookie', async () => {
    const host = await start(fakeRenderer());
    expect((await send(host, { path: '/' })).status).toBe(403);
    expect((await send(host, { path: '/?token=wrong' })).status).toBe(403);
    const arrival = await send(host, { path: `/?token=${host.token}` });
    expect(arrival.status).toBe(303);
    expect(arrival.headers.location).toBe(`/#token=${host.token}`);
    const setCookie = String(arrival.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly; SameSite=Strict/);
    // Browsers send 127.0.0.1 cookies to every port: the cookie must not be the API token.
    expect(setCookie).not.toContain(host.token);
    const cookie = setCookie.split(';')[0]!;
    const page = await send(host, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('desk');
    expect(page.body).not.toContain(host.token);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect((await send(host, { path: '/assets/app.js', headers: { Cookie: cookie } })).status).toBe(200);
    expect((await send(host, { path: '/assets/app.js' })).status).toBe(403);
  });

  it('refuses a same-site page of another port even when it carries the page cookie', async () => {
    const host = await start(fakeRenderer());
    const cookie = await pageCookie(host);
    for (const path of ['/', '/assets/app.js', `/api/events?token=${host.token}`]) {
      const reply = await send(host, { path, headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-site' } });
      expect(reply.status, path).toBe(403);
    }
    const origin = await send(host, { path: '/', headers: { Cookie: cookie, Origin: `http://127.0.0.1:${host.port + 1}` } });
    expect(origin.status).toBe(403);
  });

  it('answers 503, not some other folder, when the desk is not built', async () => {
    const host = await start(null);
    const reply = await send(host, { path: `/?token=${host.token}` });
    const cookie = String(reply.headers['set-cookie']).split(';')[0]!;
    const page = await send(host, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(503);
    expect(page.body).toMatch(/not built/);
  });

  it('never serves a file outside the renderer folder', async () => {
    const host = await start(fakeRenderer());
    const cookie = await pageCookie(host);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const reply = await send(host, { path, headers: { Cookie: cookie } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('refuses a cookie alone for API calls, so other pages cannot ride on it', async () => {
    const host = await start(fakeRenderer());
    const cookie = await pageCookie(host);
    const reply = await send(host, { method: 'POST', path: '/api/project.get', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('answers bad bodies with codes: not JSON, wrong type, invalid input', async () => {
    const host = await start();
    const notJson = await send(host, { method: 'POST', path: '/api/project.get', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': host.token }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const form = await send(host, { method: 'POST', path: '/api/project.get', headers: { 'Content-Type': 'text/plain', 'X-Copydesk-Token': host.token }, body: '{}' });
    expect(form.status).toBe(415);
    const invalid = await api(host, 'project.rename', { title: 42 });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('streams backend events to an authorised page over SSE', async () => {
    const host = await start(fakeRenderer());
    const cookie = await pageCookie(host);
    const frames = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } }, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('connected') && !text.includes('project.updated')) void api(host, 'project.rename', { title: 'Bridge reopened' });
          if (text.includes('Bridge reopened')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
      req.end();
    });
    const data = frames.split('\n').find((line) => line.startsWith('data: '))!;
    expect(JSON.parse(data.slice(6))).toMatchObject({ name: 'project.updated', payload: { title: 'Bridge reopened' } });
    expect((await send(host, { path: '/api/events' })).status).toBe(403);
    expect((await send(host, { path: '/api/events', headers: { Cookie: cookie } })).status).toBe(403);
    expect((await send(host, { path: '/api/events?token=nope' })).status).toBe(403);
  });
});
