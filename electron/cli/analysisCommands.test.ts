import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../core/testing/fixtures';
import { copydesk } from './testing/runCli';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');


describe('copydesk analyze / decide', () => {
  it('analyses the sample story into the documented JSON, and decisions survive the next analysis', () => {
    const project = join(tempDir(), 'ferry.copydesk');
    copydesk('new', project);
    const files = readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLE, f));
    expect(copydesk('import', project, ...files).code).toBe(0);
    const analysed = copydesk('analyze', project, '--json');
    expect(analysed.code, analysed.stderr).toBe(0);
    const report = JSON.parse(analysed.stdout) as {
      sources: Array<{ id: number; title: string; fileName: string }>;
      claims: Array<{ id: string; text: string; sourceIds: number[] }>;
      discrepancies: Array<{ id: string; kind: string; status: string; summary: string; suggested: string | null; confidence: number; variants: Array<{ text: string; sourceIds: number[]; excerpts: Array<{ sourceId: number; start: number; end: number; quote: string }> }> }>;
      entities: Array<{ canonical: string; kind: string; mentions: Array<{ text: string; sourceId: number; count: number }> }>;
    };
    expect(report.sources.map((s) => s.fileName)).toEqual(files.map((f) => f.split('/').pop()));
    expect(report.claims.length).toBeGreaterThan(10);
    expect(report.entities.some((e) => e.canonical === 'Darius Feldane')).toBe(true);
    const name = report.discrepancies.find((d) => d.kind === 'name')!;
    expect(name).toMatchObject({ status: 'open', suggested: 'Ilse Marten' });
    expect(report.discrepancies.some((d) => d.kind === 'duration' && d.variants.length === 2)).toBe(true);

    const decided = copydesk('decide', project, name.id, '--reading', 'Ilse Marten', '--note', 'Checked the harbour authority site', '--evidence', 'https://harbour.example/staff');
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toMatch(/decided: “Ilse Marten”/);
    const text = copydesk('analyze', project);
    expect(text.stdout).toMatch(new RegExp(`${name.id}\\s+decided\\s+Ilse Marten / Ilse Martin`));
    expect(copydesk('decide', project, name.id, '--dismiss', '--reading', 'x').code).toBe(2);
    expect(copydesk('decide', project, name.id, '--dismiss', '--evidence', 'ftp://x').code).toBe(2);
    const unknown = copydesk('decide', project, 'name-000000000000', '--dismiss');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^copydesk: There is no discrepancy name-000000000000/);
  });
});
