import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import type { AppEvent } from '../../../shared/api/contract';
import { Backend } from '../api/backend';
import { createMemoryTransport } from '../api/memoryTransport';
import { ProjectSession } from '../project/projectSession';
import { newProject, rejectionOf, REPO_ROOT } from '../testing/fixtures';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');

async function withSample(files = ['01-harbour-ledger.txt', '04-vellan-bay-bulletin.txt']) {
  const path = newProject('Annotations');
  const session = ProjectSession.open(path);
  for (const file of files) await session.importArticle({ kind: 'file', fileName: file, bytes: readFileSync(join(SAMPLE, file)) });
  return { path, session, sources: session.listSources() };
}

function span(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`“${quote}” is not in the text`);
  return { start: at, end: at + quote.length, quote };
}

describe('annotations in a project', () => {
  it('stores an annotation anchored to the exact quote, and keeps it across a reopen', async () => {
    const { path, session, sources } = await withSample();
    const bulletin = sources.find((s) => s.fileName?.startsWith('04'))!;
    const text = session.getSource(bulletin.id).text;
    const created = session.createAnnotation({ sourceId: bulletin.id, ...span(text, 'five hours'), kind: 'error', comment: 'Every other outlet says 35 minutes.' });
    expect(created).toMatchObject({ kind: 'error', state: 'anchored', comment: 'Every other outlet says 35 minutes.', anchor: { quote: 'five hours' } });
    expect(created.anchor.prefix.length).toBe(32);
    session.close();
    const reopened = ProjectSession.open(path);
    expect(reopened.listAnnotations(bulletin.id)).toEqual([created]);
    reopened.close();
  });

  it('re-anchors when a removed block is restored before the quote, orphans when its block is removed, and returns when restored', async () => {
    const { session, sources } = await withSample();
    const bulletin = sources.find((s) => s.fileName?.startsWith('04'))!;
    const text = session.getSource(bulletin.id).text;
    const onFive = session.createAnnotation({ sourceId: bulletin.id, ...span(text, 'five hours'), kind: 'error', comment: '' });
    const blocks = session.blocks(bulletin.id);
    const ad = blocks.find((b) => b.text.includes('[ad_slot'))!;
    const readMore = blocks.find((b) => b.text.startsWith('Read more'))!;
    expect(blocks.indexOf(readMore)).toBeLessThan(blocks.findIndex((b) => b.text.includes('five hours')));
    session.chooseBlock(bulletin.id, readMore.id, 'keep');
    const moved = session.listAnnotations(bulletin.id)[0]!;
    const newText = session.getSource(bulletin.id).text;
    expect(moved.state).toBe('anchored');
    expect(moved.anchor.start).toBeGreaterThan(onFive.anchor.start);
    expect(newText.slice(moved.anchor.start, moved.anchor.end)).toBe('five hours');
    // Removing the paragraph that holds the quote orphans it (kept, with its last anchor).
    const evacuation = session.blocks(bulletin.id).find((b) => b.text.includes('five hours'))!;
    session.chooseBlock(bulletin.id, evacuation.id, 'remove');
    expect(session.listAnnotations(bulletin.id)[0]).toMatchObject({ id: onFive.id, state: 'orphaned', anchor: { quote: 'five hours' } });
    session.chooseBlock(bulletin.id, evacuation.id, null);
    expect(session.listAnnotations(bulletin.id)[0]).toMatchObject({ state: 'anchored' });
    expect(ad.removed).toBe(true);
    session.close();
  });

  it('re-anchors when the project is re-cleaned on open and the cleaned text comes out different', async () => {
    const { path, session, sources } = await withSample();
    const bulletin = sources.find((s) => s.fileName?.startsWith('04'))!;
    const before = session.getSource(bulletin.id).text;
    const a = session.createAnnotation({ sourceId: bulletin.id, ...span(before, 'Ilse Martin said the crew'), kind: 'note', comment: 'Spelling' });
    // A choice recorded without rebuilding the text, and an older cleaner: the next open re-cleans.
    const ad = session.blocks(bulletin.id).find((b) => b.text.includes('[ad_slot'))!;
    session.db.prepare("UPDATE source_blocks SET editor_choice = 'keep' WHERE id = ?").run(ad.id);
    session.db.prepare('UPDATE sources SET cleaner_version = 0').run();
    session.close();
    const reopened = ProjectSession.open(path);
    const after = reopened.getSource(bulletin.id).text;
    expect(after).not.toBe(before);
    const [moved] = reopened.listAnnotations(bulletin.id);
    expect(moved).toMatchObject({ id: a.id, state: 'anchored' });
    expect(moved!.anchor.start).not.toBe(a.anchor.start);
    expect(after.slice(moved!.anchor.start, moved!.anchor.end)).toBe('Ilse Martin said the crew');
    reopened.close();
  });

  it('keeps the annotations of a removed source as orphaned, never attached to a later source', async () => {
    const { session, sources } = await withSample();
    const ledger = sources.find((s) => s.fileName?.startsWith('01'))!;
    const bulletin = sources.find((s) => s.fileName?.startsWith('04'))!;
    const text = session.getSource(bulletin.id).text;
    const a = session.createAnnotation({ sourceId: bulletin.id, ...span(text, 'Ilse Martin'), kind: 'discrepancy', comment: 'Spelt Marten elsewhere' });
    session.removeSource(bulletin.id);
    expect(session.listAnnotations(bulletin.id)).toEqual([]);
    const all = session.listAnnotations();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: a.id, state: 'source-removed', removedSourceTitle: bulletin.title, comment: 'Spelt Marten elsewhere' });
    // The removed source had the highest id, so SQLite hands it to the next import: the annotation must not follow.
    await session.importArticle({ kind: 'file', fileName: '04-vellan-bay-bulletin.txt', bytes: readFileSync(join(SAMPLE, '04-vellan-bay-bulletin.txt')) });
    const next = session.listSources().find((s) => s.id !== ledger.id)!;
    expect(session.listAnnotations(next.id)).toEqual([]);
    session.close();
  });

  it('makes a manual discrepancy from an annotation that appears in the report and is decided like any other', async () => {
    const { session, sources } = await withSample();
    session.analyze();
    const ledger = sources.find((s) => s.fileName?.startsWith('01'))!;
    const text = session.getSource(ledger.id).text;
    const a = session.createAnnotation({ sourceId: ledger.id, ...span(text, 'Storm Hedda'), kind: 'discrepancy', comment: 'Was the storm named yet on Tuesday?' });
    const flags = () => session.listSources().find((s) => s.id === ledger.id)!.openFlags;
    const flagsBefore = flags();
    const manual = session.createManualDiscrepancy(a.id, 'date');
    expect(flags()).toBe(flagsBefore + 1);
    expect(manual).toMatchObject({ id: 'manual-1', kind: 'date', status: 'open', summary: 'Was the storm named yet on Tuesday?' });
    expect(manual.variants).toEqual([{ text: 'Storm Hedda', sourceIds: [ledger.id], excerpts: [{ sourceId: ledger.id, start: a.anchor.start, end: a.anchor.end, quote: 'Storm Hedda' }] }]);
    expect(session.listAnnotations(ledger.id)[0]!.discrepancyId).toBe('manual-1');
    expect(session.analysisReport().discrepancies.map((d) => d.id)).toContain('manual-1');
    session.decide('manual-1', { action: 'dismiss', note: 'It was named on Monday' });
    expect(flags()).toBe(flagsBefore);
    session.analyze();
    const report = session.analysisReport();
    expect(report.discrepancies.find((d) => d.id === 'manual-1')).toMatchObject({ status: 'dismissed', decision: { note: 'It was named on Monday' } });
    expect(report.orphanedDecisions).toEqual([]);
    session.close();
  });
});

describe('the annotations API', () => {
  it('validates input, checks offsets against the text, emits annotations.changed, and delete returns what it deleted', async () => {
    const backend = new Backend('memory');
    backend.openProject(newProject('API'));
    const events: AppEvent[] = [];
    const api = new ApiClient(createMemoryTransport(backend));
    api.on('annotations.changed', (payload) => events.push({ name: 'annotations.changed', payload }));
    await backend.session!.importArticle({ kind: 'file', fileName: '02-northgate-wire.txt', bytes: readFileSync(join(SAMPLE, '02-northgate-wire.txt')) });
    const source = (await api.call('sources.list', {}))[0]!;
    const { text } = await api.call('sources.get', { id: source.id });
    const where = span(text, 'Ilse Marten');

    expect((await rejectionOf(api.call('annotations.create', { sourceId: source.id, start: 5, end: 5, kind: 'note' }))).code).toBe('INVALID_INPUT');
    expect((await rejectionOf(api.call('annotations.create', { sourceId: source.id, start: 0, end: 4, kind: 'bogus' as never }))).code).toBe('INVALID_INPUT');
    expect((await rejectionOf(api.call('annotations.create', { sourceId: source.id, start: text.length, end: text.length + 9, kind: 'note' }))).message).toMatch(/outside source/);
    expect((await rejectionOf(api.call('annotations.create', { sourceId: source.id, start: where.start, end: where.end, quote: 'Ilse Martin', kind: 'note' }))).code).toBe('CONFLICT');
    expect((await rejectionOf(api.call('annotations.create', { sourceId: 999, start: 0, end: 4, kind: 'note' }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(api.call('annotations.create', { ...where, sourceId: source.id, kind: 'note', discrepancyId: 'name-doesnotexist' }))).code).toBe('NOT_FOUND');

    const created = await api.call('annotations.create', { ...where, sourceId: source.id, kind: 'verified', comment: '  Checked against the staff list  ' });
    expect(created.comment).toBe('Checked against the staff list');
    const edited = await api.call('annotations.update', { id: created.id, kind: 'note', comment: 'Spelling confirmed' });
    expect(edited).toMatchObject({ kind: 'note', comment: 'Spelling confirmed', anchor: created.anchor });
    const deleted = await api.call('annotations.delete', { id: created.id });
    expect(deleted).toEqual(edited);
    expect(await api.call('annotations.list', {})).toEqual([]);
    // Undo: create it again from what delete returned.
    const restored = await api.call('annotations.create', { sourceId: deleted.sourceId, start: deleted.anchor.start, end: deleted.anchor.end, quote: deleted.anchor.quote, kind: deleted.kind, comment: deleted.comment });
    expect(restored).toMatchObject({ kind: 'note', comment: 'Spelling confirmed', anchor: deleted.anchor });
    expect((await rejectionOf(api.call('annotations.delete', { id: created.id }))).code).toBe('NOT_FOUND');
    const manual = await api.call('discrepancies.createManual', { annotationId: restored.id, kind: 'name' });
    expect(manual.id).toMatch(/^manual-\d+$/);
    expect((await api.call('analysis.get', {})).discrepancies.map((d) => d.id)).toEqual([manual.id]);
    expect(events.length).toBe(5);
    expect(events.every((e) => e.name === 'annotations.changed' && e.payload.sourceIds.includes(source.id))).toBe(true);
    backend.closeProject();
  });
});
