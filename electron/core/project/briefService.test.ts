import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefPlainText, type BriefDocument, type SerializedBriefNode } from '../../../shared/brief/document';
import { newProject, rejectionOf, REPO_ROOT } from '../testing/fixtures';
import { ProjectSession } from './projectSession';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');

async function sampleSession(): Promise<ProjectSession> {
  const session = ProjectSession.open(newProject('Ferry aground at Port Vellan'));
  for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort()) {
    await session.importArticle({ kind: 'file', fileName: file, bytes: readFileSync(join(SAMPLE, file)) });
  }
  return session;
}

const children = (doc: BriefDocument) => doc.root.children;
const textOf = (node: SerializedBriefNode) => briefPlainText({ root: { type: 'root', children: [node] } });
const section = (doc: BriefDocument, name: string) => {
  const all = children(doc);
  const at = all.findIndex((n) => n.type === 'brief-section' && n.section === name);
  const end = all.findIndex((n, i) => i > at && n.type === 'brief-section');
  return all.slice(at + 1, end === -1 ? undefined : end);
};

describe('compiling the brief', () => {
  it('builds the body from claims two sources make, applies decisions everywhere, and lists corrections and sources', async () => {
    const session = await sampleSession();
    const { state: first } = await session.compileBrief();
    const doc1 = first.document!;
    expect(children(doc1)[0]).toMatchObject({ type: 'heading', tag: 'h1' });
    expect(textOf(children(doc1)[0]!)).toBe('Ferry aground at Port Vellan');
    const body1 = children(doc1).filter((n) => n.type === 'brief-claim');
    expect(body1.length).toBeGreaterThan(3);
    // Every body paragraph ends with a citation of at least two sources, excerpts exact.
    for (const p of body1) {
      const cite = p.children!.at(-1)!;
      expect(cite.type).toBe('citation');
      expect((cite.sourceIds as number[]).length).toBeGreaterThanOrEqual(2);
      for (const e of cite.excerpts as Array<{ sourceId: number; start: number; end: number; quote: string }>) {
        expect(session.getSource(e.sourceId).text.slice(e.start, e.end).replace(/\s+/g, ' ').trim()).toBe(e.quote);
      }
    }
    // The radar fault is reported by one outlet only: set apart, not in the body.
    expect(body1.some((p) => /radar/i.test(textOf(p)))).toBe(false);
    expect(section(doc1, 'single-source').map(textOf).join('\n')).toMatch(/radar/i);
    expect(section(doc1, 'corrections').map(textOf).join('\n')).toMatch(/No corrections/);
    expect(section(doc1, 'sources').map(textOf).join('\n')).toMatch(/Northgate Wire, “Ferry with 212 aboard/);

    // Decide the harbour master's name as the misspelling, to prove the reading is applied, not the majority.
    const name = session.analysisReport().discrepancies.find((d) => d.kind === 'name' && /Marten|Martin/.test(d.summary))!;
    session.decide(name.id, { action: 'pick', reading: 'Ilse Martin', note: 'Checked with the harbour office' });
    const { state: second, summary } = await session.compileBrief();
    const text = briefPlainText(second.document!);
    expect(text).toContain('Ilse Martin');
    expect(text.match(/Ilse Marten/g) ?? []).toHaveLength(section(second.document!, 'corrections').map(textOf).join('\n').match(/Ilse Marten/g)?.length ?? 0);
    expect(summary.corrections).toBe(1);
    const corrections = section(second.document!, 'corrections');
    expect(corrections[0]).toMatchObject({ type: 'table' });
    expect(textOf(corrections[0]!)).toMatch(/Ilse Marten.*Ilse Martin.*Checked with the harbour office/s);
    expect(second.version).toBe(first.version + 1);
    session.close();
  });

  it('keeps hand-written paragraphs and edited compiled ones on recompile, marking changed ones for review', async () => {
    const session = await sampleSession();
    const { state } = await session.compileBrief();
    const doc = structuredClone(state.document!);
    const claims = doc.root.children.filter((n) => n.type === 'brief-claim');
    const editedId = claims[0]!.claimId;
    // The editor rewrites the first compiled paragraph and adds a paragraph of their own after it.
    claims[0]!.children![0] = { ...claims[0]!.children![0]!, text: 'An editor rewrote this paragraph. ' };
    const at = doc.root.children.indexOf(claims[0]!);
    doc.root.children.splice(at + 1, 0, { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'My own note on the weather.', format: 0, style: '', mode: 'normal', detail: 0 }] });
    doc.root.children[0]!.children![0]!.text = 'Aurelia aground: what we know';
    const saved = session.saveBrief(doc, state.version);

    const { state: again, summary } = await session.compileBrief();
    const out = again.document!.root.children;
    expect(textOf(out[0]!)).toBe('Aurelia aground: what we know');
    const kept = out.find((n) => n.type === 'brief-claim' && n.claimId === editedId)!;
    expect(textOf(kept)).toContain('An editor rewrote this paragraph.');
    expect(textOf(out[out.indexOf(kept) + 1]!)).toBe('My own note on the weather.');
    expect(summary.keptEdits).toBe(2);
    expect(kept.review).toBe(false); // the compiled wording did not move on

    // A decision changes the compiled wording of another paragraph: untouched ones simply update.
    const name = session.analysisReport().discrepancies.find((d) => d.kind === 'name' && /Marten|Martin/.test(d.summary))!;
    session.decide(name.id, { action: 'pick', reading: 'Ilse Martin' });
    const { state: third } = await session.compileBrief();
    expect(briefPlainText(third.document!)).toContain('My own note on the weather.');
    expect(third.version).toBeGreaterThan(saved.version);
    session.close();
  });

  it('refuses a save based on an old version, and restores an earlier revision', async () => {
    const session = await sampleSession();
    const { state } = await session.compileBrief();
    const doc = structuredClone(state.document!);
    doc.root.children[0]!.children![0]!.text = 'First edit';
    const saved = session.saveBrief(doc, state.version);
    const stale = await rejectionOf(Promise.resolve().then(() => session.saveBrief(doc, state.version)));
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    // Saves close together update one edit revision; compile made its own.
    doc.root.children[0]!.children![0]!.text = 'Second edit';
    session.saveBrief(doc, saved.version);
    const revisions = session.briefRevisions();
    expect(revisions.map((r) => r.reason)).toEqual(['edit', 'compile']);
    const restored = session.restoreBrief(revisions[1]!.id);
    expect(textOf(restored.document!.root.children[0]!)).toBe('Ferry aground at Port Vellan');
    expect(session.briefRevisions().map((r) => r.reason)).toEqual(['restore', 'edit', 'compile']);
    expect(textOf(session.briefRevision(revisions[0]!.id).document.root.children[0]!)).toBe('Second edit');
    session.close();
  });
});
