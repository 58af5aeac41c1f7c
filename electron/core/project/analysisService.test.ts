import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import { Backend } from '../api/backend';
import { createMemoryTransport } from '../api/memoryTransport';
import { newProject, rejectionOf, REPO_ROOT } from '../testing/fixtures';
import { ProjectSession } from './projectSession';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');

async function sampleSession(): Promise<ProjectSession> {
  const session = ProjectSession.open(newProject('Analysis'));
  for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort()) {
    await session.importArticle({ kind: 'file', fileName: file, bytes: readFileSync(join(SAMPLE, file)) });
  }
  return session;
}

describe('storing the analysis and the decisions', () => {
  it('stores a run with exact excerpts, flags sources, and marks the analysis stale when sources change', async () => {
    const session = await sampleSession();
    expect(session.analysisReport()).toMatchObject({ analyzedAt: null, stale: true, discrepancies: [] });
    const summary = await session.analyze();
    expect(summary.discrepancies).toBeGreaterThan(0);
    const report = session.analysisReport();
    expect(report.stale).toBe(false);
    expect(report.discrepancies).toHaveLength(summary.discrepancies);
    const name = report.discrepancies.find((d) => d.kind === 'name' && /Marten/.test(d.summary))!;
    expect(name.variants.map((v) => v.text).sort()).toEqual(['Ilse Marten', 'Ilse Martin']);
    for (const d of report.discrepancies)
      for (const v of d.variants)
        for (const e of v.excerpts) expect(session.getSource(e.sourceId).text.slice(e.start, e.end)).toBe(e.quote);
    // Open flags count conflicts (not single-source claims) that involve each source.
    const bulletin = session.listSources().find((s) => s.fileName?.startsWith('04'))!;
    expect(bulletin.openFlags).toBeGreaterThan(0);
    await session.importArticle({ kind: 'paste', text: 'Harbour café reopens\n\nThe harbour café reopened on Friday after repairs.' });
    expect(session.analysisReport().stale).toBe(true);
    await session.close();
  });

  it("keeps the editor's decisions through re-analysis and never moves one to another discrepancy", async () => {
    const session = await sampleSession();
    await session.analyze();
    const before = session.analysisReport().discrepancies;
    const name = before.find((d) => d.kind === 'name')!;
    const role = before.find((d) => d.kind === 'role')!;
    const decided = session.decide(name.id, { action: 'pick', reading: 'Ilse Marten', note: 'Harbour authority staff list', evidenceUrl: 'https://harbour.example/staff' });
    expect(decided).toMatchObject({ status: 'decided', decision: { reading: 'Ilse Marten', note: 'Harbour authority staff list' } });
    session.decide(role.id, { action: 'dismiss', note: 'Both titles were true at different times' });
    const flagsBefore = session.listSources().reduce((n, s) => n + s.openFlags, 0);
    await session.analyze();
    const after = session.analysisReport();
    expect(after.discrepancies.find((d) => d.id === name.id)).toMatchObject({ status: 'decided', decision: { reading: 'Ilse Marten' } });
    expect(after.discrepancies.find((d) => d.id === role.id)).toMatchObject({ status: 'dismissed' });
    expect(after.discrepancies.filter((d) => d.status !== 'open')).toHaveLength(2);
    expect(session.listSources().reduce((n, s) => n + s.openFlags, 0)).toBe(flagsBefore);
    // A decided discrepancy that disappears (its source removed) is kept as orphaned, not re-targeted.
    const bulletin = session.listSources().find((s) => s.fileName?.startsWith('04'))!;
    session.removeSource(bulletin.id);
    await session.analyze();
    const orphaned = session.analysisReport();
    expect(orphaned.discrepancies.find((d) => d.id === name.id)).toBeUndefined();
    expect(orphaned.orphanedDecisions.map((d) => d.discrepancyId)).toContain(name.id);
    expect(orphaned.discrepancies.some((d) => d.decision?.reading === 'Ilse Marten')).toBe(false);
    await session.close();
  });

  it('decides through the API with validation, and reopens', async () => {
    const backend = new Backend('memory');
    const path = newProject('API');
    backend.openProject(path);
    const api = new ApiClient(createMemoryTransport(backend));
    for (const file of ['02-northgate-wire.txt', '04-vellan-bay-bulletin.txt']) {
      await backend.session!.importArticle({ kind: 'file', fileName: file, bytes: readFileSync(join(SAMPLE, file)) });
    }
    await api.call('analysis.run', {});
    const { discrepancies } = await api.call('analysis.get', {});
    const target = discrepancies.find((d) => d.kind !== 'single-source')!;
    expect((await rejectionOf(api.call('discrepancies.decide', { id: target.id, action: 'pick', reading: '  ' }))).code).toBe('INVALID_INPUT');
    expect((await rejectionOf(api.call('discrepancies.decide', { id: target.id, action: 'dismiss', evidenceUrl: 'javascript:alert(1)' }))).code).toBe('INVALID_INPUT');
    expect((await rejectionOf(api.call('discrepancies.decide', { id: 'nope-0000', action: 'dismiss' }))).code).toBe('NOT_FOUND');
    const corrected = await api.call('discrepancies.decide', { id: target.id, action: 'correct', reading: 'A reading the editor checked' });
    expect(corrected).toMatchObject({ status: 'decided', decision: { reading: 'A reading the editor checked' } });
    expect(await api.call('discrepancies.decide', { id: target.id, action: 'reopen' })).toMatchObject({ status: 'open', decision: null });
    backend.closeProject();
  });
});
