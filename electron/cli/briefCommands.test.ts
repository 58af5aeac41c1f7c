import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newProject, REPO_ROOT, tempDir } from '../core/testing/fixtures';
import { copydesk } from './testing/runCli';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');

describe('copydesk brief and export', () => {
  beforeAll(() => {
    process.env.COPYDESK_USER_DATA = tempDir();
  });

  it('prints the compiled brief as Markdown and writes Markdown and PDF files with a decided correction', () => {
    const project = newProject('Ferry aground at Port Vellan');
    const files = readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SAMPLE, f));
    expect(copydesk('import', project, ...files).code).toBe(0);
    const analysed = JSON.parse(copydesk('analyze', project, '--json').stdout) as { discrepancies: Array<{ id: string; kind: string; variants: Array<{ text: string }> }> };
    const name = analysed.discrepancies.find((d) => d.kind === 'name' && d.variants.some((v) => v.text === 'Ilse Martin'))!;
    expect(copydesk('decide', project, name.id, '--reading', 'Ilse Martin', '--note', 'Harbour office').code).toBe(0);

    const brief = copydesk('brief', project, '--compile');
    expect(brief.code).toBe(0);
    expect(brief.stderr).toMatch(/Compiled: \d+ paragraphs, \d+ claims set apart, 1 corrections/);
    const tree = fromMarkdown(brief.stdout, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => (h.children[0] as { value: string }).value);
    expect(headings).toEqual(['Ferry aground at Port Vellan', 'Single-source claims', 'Corrections', 'Sources']);
    expect(tree.children.some((n) => n.type === 'table')).toBe(true);
    expect(tree.children.filter((n) => n.type === 'footnoteDefinition').length).toBeGreaterThanOrEqual(3);
    // The body uses the decided reading everywhere (the footnotes quote the sources as they were).
    const body = brief.stdout.slice(0, brief.stdout.indexOf('## Single-source claims'));
    expect(body).toContain('Ilse Martin');
    expect(body).not.toContain('Ilse Marten');

    const dir = tempDir();
    const md = join(dir, 'brief.md');
    const pdf = join(dir, 'brief.pdf');
    const written = copydesk('export', project, '--md', md, '--pdf', pdf);
    expect(written).toMatchObject({ code: 0 });
    expect(readFileSync(md, 'utf8')).toContain('| Ilse Martin');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Corrections');
    expect(text).toContain('Ilse Martin');
    expect(copydesk('export', project, '--md', md)).toMatchObject({ code: 2, stderr: expect.stringMatching(/already exists; add --force/) });
  }, 180_000);
});
