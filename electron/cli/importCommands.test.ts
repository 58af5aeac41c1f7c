import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../core/testing/fixtures';
import { copydesk } from './testing/runCli';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');


describe('copydesk import / sources', () => {
  it('imports several files with one result each, and lists them with cleaned text and removals', () => {
    const project = join(tempDir(), 'ferry.copydesk');
    expect(copydesk('new', project).code).toBe(0);
    const files = readdirSync(SAMPLE)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SAMPLE, f));
    const imported = copydesk('import', project, ...files, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const lines = JSON.parse(imported.stdout) as Array<{ file: string; status: string; id: number }>;
    expect(lines.map((l) => l.status)).toEqual(files.map(() => 'imported'));

    const listed = copydesk('sources', project, '--json');
    expect(listed.code).toBe(0);
    const sources = JSON.parse(listed.stdout) as Array<Record<string, unknown> & { cleanText: string; removed: Array<{ text: string; reason: string }> }>;
    expect(sources).toHaveLength(files.length);
    expect(Object.keys(sources[0]!).sort()).toEqual(
      ['author', 'cleanText', 'fileName', 'id', 'importedAt', 'language', 'nearDuplicateOf', 'outlet', 'publishedAt', 'removed', 'title', 'url', 'wordCount'].sort(),
    );
    const ledger = sources.find((s) => s.fileName === '01-harbour-ledger.txt')!;
    expect(ledger.author).toBe('Wenna Trelask');
    expect(ledger.cleanText).not.toContain('Back to top');
    expect(ledger.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['ad-marker', 'related-links', 'author-bio', 'navigation']));
    expect(sources.find((s) => s.fileName === '02-northgate-wire.txt')!.removed).toEqual([]);
    expect(copydesk('sources', project).stdout).toMatch(/Wenna Trelask/);
  });

  it('keeps going past a bad file, reports it on one line, and exits 1', () => {
    const dir = tempDir();
    const project = join(dir, 'p.copydesk');
    copydesk('new', project);
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]));
    const result = copydesk('import', project, binary, join(SAMPLE, '03-carrow-evening-post.txt'), join(dir, 'missing.txt'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^imported {2}03-carrow-evening-post\.txt → source \d+/m);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^copydesk: refused image\.png: /);
    expect(errors[1]).toMatch(/^copydesk: refused missing\.txt: There is no file/);
    expect(JSON.parse(copydesk('sources', project, '--json').stdout)).toHaveLength(1);
  });
});
