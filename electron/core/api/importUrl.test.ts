import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import { AppError } from '../../../shared/api/errors';
import { newProject } from '../testing/fixtures';
import { Backend } from './backend';
import { createMemoryTransport } from './memoryTransport';

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Tram line opens | The Riverside Courier</title>
<meta property="og:title" content="Tram line to Eastfield opens after two years of works">
<meta property="og:site_name" content="The Riverside Courier">
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2026-05-04T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Tram line to Eastfield opens after two years of works</h1>
<p>The first tram to Eastfield left the central station at 6.12am on Monday, carrying 140 passengers on a line that took two years and cost 48 million pounds to build.</p>
<p>The mayor, Osric Dunmore, said the line would cut the journey to the hospital from 40 minutes to 15. "This is the city we promised," he said.</p>
<p>Shopkeepers on the route said trade had suffered during the works, and some asked the council for compensation.</p>
<script>window.stolen = document.cookie</script>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Bus fares rise</a></li></ul></aside>
<footer>© 2026 The Riverside Courier</footer>
</body></html>`;

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

async function serve(): Promise<string> {
  server = createServer((req, res) => {
    if (req.url === '/moved') {
      res.writeHead(302, { Location: '/news/tram' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('importing by link', () => {
  it('fetches the page, extracts the article as text, and reads its metadata', async () => {
    const origin = await serve();
    const backend = new Backend('memory', { allowPrivateFetch: true });
    backend.openProject(newProject());
    const api = new ApiClient(createMemoryTransport(backend));
    const { source } = await api.call('sources.import', { kind: 'url', url: `${origin}/moved` });
    expect(source).toMatchObject({
      origin: 'url',
      format: 'html',
      title: 'Tram line to Eastfield opens after two years of works',
      outlet: 'The Riverside Courier',
      author: 'Mara Quill',
      url: `${origin}/news/tram`,
      language: 'en-GB',
    });
    expect(source.publishedAt).toMatch(/^2026-05-04/);
    const text = (await api.call('sources.get', { id: source.id })).text;
    expect(text).toContain('The first tram to Eastfield left the central station at 6.12am on Monday');
    expect(text).not.toMatch(/stolen|Bus fares rise|<|Home/);
    backend.closeProject();
  });

  it('refuses addresses on this machine unless a test allows them, and changes nothing', async () => {
    const origin = await serve();
    const backend = new Backend('memory');
    backend.openProject(newProject());
    const api = new ApiClient(createMemoryTransport(backend));
    for (const url of [`${origin}/news/tram`, 'http://localhost:8080/', 'http://169.254.169.254/latest/meta-data/']) {
      const error = await api.call('sources.import', { kind: 'url', url }).catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(AppError);
      expect((error as AppError).code, url).toBe('FORBIDDEN');
    }
    const bad = await api.call('sources.import', { kind: 'url', url: 'file:///etc/passwd' }).catch((e: unknown) => e);
    expect((bad as AppError).code).toBe('INVALID_INPUT');
    expect(await api.call('sources.list', {})).toEqual([]);
    backend.closeProject();
  });
});
