import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../../testing/fixtures';
import { fetchArticle, fetchWithPolicy } from './fetchArticle';

const PAGE = '<html><body><p>Harbour bridge closes to cars</p></body></html>';

let server: Server;
let base: string;
let port: number;
const seenUserAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenUserAgents.push(req.headers['user-agent'] ?? '');
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (path.startsWith('/hop/')) {
      // /hop/3 → /hop/2 → /hop/1 → /hop/0 → /article; relative Location as many sites send it.
      const n = Number(path.slice(5));
      res.writeHead(n === 2 ? 307 : 302, { Location: n <= 0 ? '/article' : `/hop/${n - 1}` });
      res.end();
    } else if (path === '/loop') {
      res.writeHead(301, { Location: '/loop' });
      res.end();
    } else if (path === '/to-ftp') {
      res.writeHead(302, { Location: 'ftp://files.example/a.txt' });
      res.end();
    } else if (path === '/to-ipv6-loopback') {
      res.writeHead(302, { Location: `http://[::1]:${port}/article` });
      res.end();
    } else if (path === '/gone') {
      res.writeHead(410);
      res.end('gone');
    } else if (path === '/broken') {
      res.writeHead(500);
      res.end();
    } else if (path === '/big') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('x'.repeat(5000));
    } else if (path === '/big-stream') {
      // No Content-Length: the cap has to hold while the bytes arrive.
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
      const timer = setInterval(() => res.write('y'.repeat(1000)), 5);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/gzip-bomb') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(1_000_000, 0x20)));
    } else if (path === '/gzip') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.from(PAGE)));
    } else if (path === '/silent') {
      // Accept the connection and never answer.
    } else if (path === '/slow-body') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<p>first half');
    } else {
      res.writeHead(404);
      res.end('no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});


const open = { allowPrivate: true } as const;

describe('fetchArticle', () => {
  it('fetches a page: bytes, content type and address', async () => {
    const page = await fetchArticle(`${base}/article`, open);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page.bytes).toBeInstanceOf(Uint8Array);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.finalUrl).toBe(`${base}/article`);
    expect(seenUserAgents.at(-1)).toMatch(/^Copydesk\/[\d.]+ \(\+article import\)$/);
  });

  it('decompresses a gzip answer', async () => {
    const page = await fetchArticle(`${base}/gzip`, open);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
  });

  it.each([`http://127.0.0.1:PORT/article`, `http://localhost:PORT/article`, `http://[::1]:PORT/article`, 'http://[::ffff:127.0.0.1]:PORT/article', 'http://2130706433:PORT/article'])(
    'refuses %s by default',
    async (template) => {
      const error = await rejectionOf(fetchArticle(template.replace('PORT', String(port))));
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('Copydesk does not fetch addresses on your own machine or network');
    },
  );

  it('follows a redirect chain to the page and reports where it ended', async () => {
    const page = await fetchArticle(`${base}/hop/3`, open);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page.finalUrl).toBe(`${base}/article`);
  });

  it('refuses too many redirects', async () => {
    const error = await rejectionOf(fetchArticle(`${base}/loop`, { ...open, maxRedirects: 3 }));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('redirected more than 3 times');
    const chain = await rejectionOf(fetchArticle(`${base}/hop/5`, open));
    expect(chain.message).toContain('more than 5 times');
  });

  it('vets every redirect target: scheme and address', async () => {
    const ftp = await rejectionOf(fetchArticle(`${base}/to-ftp`, open));
    expect(ftp.code).toBe('INVALID_INPUT');
    expect(ftp.message).toContain('redirected to a ftp: address');
    // The first hop is allowed, the target [::1] is not: the redirect must be refused before any connection.
    const onlyIPv4Loopback = (address: string) => address === '127.0.0.1';
    const v6 = await rejectionOf(fetchWithPolicy(`${base}/to-ipv6-loopback`, {}, onlyIPv4Loopback));
    expect(v6.code).toBe('FORBIDDEN');
  });

  it('reports a missing page as NOT_FOUND', async () => {
    expect((await rejectionOf(fetchArticle(`${base}/missing`, open))).code).toBe('NOT_FOUND');
    const gone = await rejectionOf(fetchArticle(`${base}/gone`, open));
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('HTTP 410');
  });

  it('reports other HTTP errors with the host and status', async () => {
    const error = await rejectionOf(fetchArticle(`${base}/broken`, open));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('127.0.0.1 had a server error (HTTP 500). Try again later.');
  });

  it('refuses a body larger than maxBytes, declared or streamed or compressed', async () => {
    for (const path of ['/big', '/big-stream', '/gzip-bomb']) {
      const error = await rejectionOf(fetchArticle(`${base}${path}`, { ...open, maxBytes: 2000 }));
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toContain('larger than 2 KB');
    }
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    const error = await rejectionOf(fetchArticle(`${base}/silent`, { ...open, timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('127.0.0.1 did not answer within 0.3 seconds. Check your internet connection or try again later.');
  });

  it('gives up on a body that never finishes', async () => {
    const error = await rejectionOf(fetchArticle(`${base}/slow-body`, { ...open, timeoutMs: 300 }));
    expect(error.message).toContain('did not finish sending the page within 0.3 seconds');
  });

  it.each(['ftp://files.example/a.txt', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'not a url', ''])(
    'refuses %s as INVALID_INPUT',
    async (url) => {
      expect((await rejectionOf(fetchArticle(url, open))).code).toBe('INVALID_INPUT');
    },
  );

  it('refuses credentials in the address', async () => {
    const error = await rejectionOf(fetchArticle(`http://editor:secret@127.0.0.1:${port}/article`, open));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('user name or password');
  });
});
