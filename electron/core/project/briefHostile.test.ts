import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { marked } from 'marked';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { exportMarkdown, printHtml } from '../brief/export';
import { closePdfPrinter, printPdf } from '../brief/export/printPdf';
import { newProject, tempDir } from '../testing/fixtures';
import { ProjectSession } from './projectSession';

const HOSTILE = 'The mayor said <script>alert(1)</script> and <img src=x onerror=alert(2)> were found, see [x](javascript:alert(3)) for details.';

/** Two outlets carry the hostile sentence (as wire copy, so it is listed apart with both cited). */
const article = (outlet: string) => `Quay reopens after repairs\n\nBy ${outlet} staff\n\nThe harbour quay reopened on Monday after six weeks of repairs.\n\n${HOSTILE}\n\nTraffic returned to normal by the evening.`;

describe('an article carrying markup and script', () => {
  it('exports as inert text in the Markdown and the PDF', async () => {
    const session = ProjectSession.open(newProject('Quay reopens'), { analysisWorker: 'main-thread' });
    await session.importArticle({ kind: 'paste', text: article('Harbour Post') });
    await session.importArticle({ kind: 'paste', text: article('Quay Gazette') });
    const { state } = await session.compileBrief();
    const meta = { title: 'Quay reopens', exportedAt: '2026-03-02T10:00:00Z' };

    const markdown = exportMarkdown(state.document!, session.listSources(), meta);
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const kinds = new Set<string>();
    const texts: string[] = [];
    const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
      kinds.add(node.type);
      if (node.type === 'link') expect(node.url).toMatch(/^(https?:|mailto:|#)/);
      if (typeof node.value === 'string') texts.push(node.value);
      for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
    };
    walk(tree);
    expect(kinds.has('html')).toBe(false);
    // The sentence comes back word for word as text.
    expect(texts.join('')).toContain('<script>alert(1)</script> and <img src=x onerror=alert(2)> were found, see [x](javascript:alert(3))');
    // Rendered by a Markdown renderer that allows raw HTML: still no tag, no javascript: link.
    const rendered = await marked.parse(markdown);
    expect(rendered).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const html = printHtml(state.document!, session.listSources(), meta);
    expect(html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
    const pdf = join(tempDir(), 'hostile.pdf');
    writeFileSync(pdf, await printPdf(html, { title: 'Quay reopens', date: '2 March 2026' }));
    await closePdfPrinter();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    await session.close();
  }, 60_000);
});
