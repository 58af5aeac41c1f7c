/**
 * The browser host: the desk served to a browser on 127.0.0.1, with the same API as Electron's IPC.
 *   GET  /?token=T          sets a page cookie and redirects to /#token=T
 *   GET  /…                 the built renderer (page cookie required)
 *   POST /api/<method>      one API call: JSON body in, Result JSON out (X-Copydesk-Token header required)
 *   GET  /api/events?token= Server-Sent Events of the backend (token required)
 * The token itself never sits in a cookie: browsers send cookies to every port of 127.0.0.1, so
 * another local server could read one. The page cookie is a separate key that only unlocks the
 * built files; the renderer takes the token from the URL fragment, which is never sent anywhere.
 * Everything else is refused. See guard.ts for who may call.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../core/api/backend';
import { createLogger } from '../core/log';
import { checkOrigin, cookieName, readCookie, sameToken, TOKEN_HEADER } from './guard';
import { sendJson, sendText, setSecurityHeaders } from './headers';
import { resolveStatic } from './staticFiles';

const log = createLogger('host');
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

/** Vite's dev server in middleware mode, for `npm run dev` without Electron. */
export interface DevRenderer {
  middlewares: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  transformIndexHtml(url: string, html: string): Promise<string>;
  indexHtml(): string;
}

export interface HostOptions {
  backend: Backend;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** out/renderer; null serves the API only. */
  rendererDir: string | null;
  dev?: DevRenderer;
}

export interface RunningHost {
  port: number;
  origin: string;
  token: string;
  /** The address to open: origin plus this launch's token. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

const NO_TOKEN_PAGE =
  'Copydesk: this desk needs its launch token.\n\nOpen the full address that “copydesk serve” or “npm start” printed in the terminal (it ends in ?token=…).\n';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('too large'), { tooLarge: true }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url');
  const pageKey = randomBytes(24).toString('base64url');
  const dev = options.dev;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.backend.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!sameToken(firstHeader(req.headers[TOKEN_HEADER]), token)) {
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'This request lacks the launch token.' } });
      return;
    }
    const type = req.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/json')) {
      sendJson(res, 415, { ok: false, error: { code: 'INVALID_INPUT', message: 'API calls carry JSON (Content-Type: application/json).' } });
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      const tooLarge = (error as { tooLarge?: boolean }).tooLarge === true;
      sendJson(res, tooLarge ? 413 : 400, {
        ok: false,
        error: tooLarge
          ? { code: 'TOO_LARGE', message: 'That request is larger than Copydesk accepts (32 MB).' }
          : { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' },
      });
      return;
    }
    sendJson(res, 200, await options.backend.dispatch(method, input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      sseClients.delete(res);
    });
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const html = dev
        ? await dev.transformIndexHtml(url.pathname, dev.indexHtml())
        : options.rendererDir
          ? resolveStatic(options.rendererDir, '/index.html')?.body.toString('utf8')
          : undefined;
      if (html === undefined) {
        sendText(res, 503, 'Copydesk: the desk is not built yet. Run “npm run build” (or “npm start”) and reload.\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
      res.end(html);
      return;
    }
    if (dev) {
      dev.middlewares(req, res, () => sendText(res, 404, 'Not found.\n'));
      return;
    }
    const file = options.rendererDir ? resolveStatic(options.rendererDir, url.pathname) : null;
    if (!file) {
      sendText(res, 404, 'Not found.\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
    res.end(file.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res, dev !== undefined);
    const origin = checkOrigin(req, port);
    if (!origin.ok) {
      sendJson(res, origin.status, { ok: false, error: { code: 'FORBIDDEN', message: origin.reason } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const apiMatch = /^\/api\/([a-z]+\.[a-zA-Z]+)$/.exec(url.pathname);
    if (req.method === 'POST' && apiMatch?.[1]) return handleApi(req, res, apiMatch[1]);
    if (req.method === 'POST') {
      sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'There is no such API address.' } });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD, POST');
      sendText(res, 405, 'Method not allowed.\n');
      return;
    }
    // Arriving with the token in the address: remember it in a cookie and take it out of the URL.
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && url.pathname === '/') {
      if (!sameToken(queryToken, token)) {
        sendText(res, 403, NO_TOKEN_PAGE);
        return;
      }
      res.setHeader('Set-Cookie', `${cookieName(port)}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`);
      res.writeHead(303, { Location: `/#token=${token}` });
      res.end();
      return;
    }
    if (url.pathname === '/api/events') {
      if (!sameToken(queryToken, token)) {
        sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'This request lacks the launch token.' } });
        return;
      }
      return handleEvents(req, res);
    }
    if (!sameToken(readCookie(req, cookieName(port)), pageKey)) {
      if (url.pathname.startsWith('/api/')) sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'This request lacks the launch token.' } });
      else sendText(res, 403, NO_TOKEN_PAGE);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      sendJson(res, 405, { ok: false, error: { code: 'NOT_FOUND', message: 'API calls are POST requests.' } });
      return;
    }
    return handlePage(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The host failed to answer.' } });
      else res.end();
    });
  });

  return new Promise((resolveHost, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolveHost({
        port,
        origin,
        token,
        url: `${origin}/?token=${token}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const client of sseClients) client.end();
            sseClients.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
