import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { ProjectSession } from '../project/projectSession';
import { newProject, rejectionOf, REPO_ROOT } from '../testing/fixtures';
import { CLEANER_VERSION } from './applyCleaning';

const sample = (name: string) => readFileSync(join(REPO_ROOT, 'resources', 'sample', name));
const encode = (text: string) => new TextEncoder().encode(text);

function open(): ProjectSession {
  return ProjectSession.open(newProject('Import tests'));
}

/** Everything the project holds, to prove a refused import changed nothing. */
function snapshot(session: ProjectSession) {
  return JSON.stringify({
    sources: session.listSources().map((s) => ({ ...session.getSource(s.id), blocks: session.blocks(s.id) })),
    count: session.info().sourceCount,
  });
}


describe('importing articles', () => {
  it('imports a scraped text file: junk removed with reasons, metadata kept, raw text verbatim', async () => {
    const session = open();
    const bytes = sample('04-vellan-bay-bulletin.txt');
    const { source } = await session.importArticle({ kind: 'file', fileName: '04-vellan-bay-bulletin.txt', bytes });
    expect(source).toMatchObject({ fileName: '04-vellan-bay-bulletin.txt', format: 'text', origin: 'file' });
    expect(source.title).toMatch(/Aurelia/);
    const text = session.getSource(source.id).text;
    expect(text).not.toContain('[ad_slot');
    expect(text).not.toContain('Leave a Reply');
    expect(text).not.toContain('Next Post');
    expect(text).toContain('Ilse Martin');
    const removed = session.blocks(source.id).filter((b) => b.removed && b.label === 'boilerplate');
    expect(removed.length).toBe(source.removedCount);
    expect(removed.map((b) => b.reason)).toEqual(expect.arrayContaining(['ad-marker', 'comment-form', 'repeated-paragraph']));
    const raw = session.db.prepare('SELECT raw_text FROM sources WHERE id = ?').pluck().get(source.id);
    expect(raw).toBe(bytes.toString('utf8'));
    session.close();
  });

  it('refuses a binary file, an empty file, a 60 MB file and an article already imported, each with a message and no change', async () => {
    const session = open();
    const first = await session.importArticle({ kind: 'file', fileName: '02-northgate-wire.txt', bytes: sample('02-northgate-wire.txt') });
    const before = snapshot(session);
    const binary = await rejectionOf(session.importArticle({ kind: 'file', fileName: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, ...new Array(500).fill(0)]) }));
    expect(binary.code).toBe('UNSUPPORTED_FILE');
    expect(binary.message).toMatch(/photo\.jpg/);
    const empty = await rejectionOf(session.importArticle({ kind: 'file', fileName: 'empty.txt', bytes: new Uint8Array() }));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toMatch(/empty/);
    const huge = await rejectionOf(session.importArticle({ kind: 'file', fileName: 'huge.txt', bytes: new Uint8Array(60 * 1024 * 1024).fill(0x61) }));
    expect(huge.code).toBe('TOO_LARGE');
    const again = await rejectionOf(session.importArticle({ kind: 'file', fileName: 'copy-of-wire.txt', bytes: sample('02-northgate-wire.txt') }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain(first.source.title);
    expect(snapshot(session)).toBe(before);
    session.close();
  });

  it('marks a reprint of wire copy with small edits as a near-duplicate, and independent reports as not', async () => {
    const session = open();
    const wire = await session.importArticle({ kind: 'file', fileName: '02-northgate-wire.txt', bytes: sample('02-northgate-wire.txt') });
    const other = await session.importArticle({ kind: 'file', fileName: '03-carrow-evening-post.txt', bytes: sample('03-carrow-evening-post.txt') });
    expect(other.nearDuplicateOf).toBeNull();
    const reprint = sample('02-northgate-wire.txt')
      .toString('utf8')
      .replace('Northgate Wire', 'Coastal Daily')
      .replace(/\n\n[^\n]+\n*$/, '\n\nThis report was supplied by a news agency.\n');
    const result = await session.importArticle({ kind: 'file', fileName: 'reprint.txt', bytes: encode(reprint) });
    expect(result.nearDuplicateOf).toMatchObject({ id: wire.source.id });
    expect(result.nearDuplicateOf!.score).toBeGreaterThan(0.6);
    expect(result.source.nearDuplicateOf).toBe(wire.source.id);
    session.close();
  });

  it('imports pasted text and pasted HTML as text, never as markup', async () => {
    const session = open();
    const plain = await session.importArticle({ kind: 'paste', text: 'Bridge closed for repairs\n\nThe Old Bridge will close on Monday for three weeks, the council said.' });
    expect(plain.source).toMatchObject({ origin: 'paste', format: 'text', title: 'Bridge closed for repairs' });
    const html = await session.importArticle({
      kind: 'paste',
      text: '',
      html: '<h1>Harbour wall repaired</h1><p>Workers finished the <b>harbour wall</b> on Friday after six weeks.</p><p onclick="alert(1)">The council paid for it.</p><script>alert(1)</script>',
    });
    expect(html.source.format).toBe('html');
    const text = session.getSource(html.source.id).text;
    expect(text).toContain('Workers finished the harbour wall on Friday after six weeks.');
    expect(text).not.toMatch(/<|alert/);
    session.close();
  });

  it("keeps the editor's restore and remove choices when the project is re-cleaned", async () => {
    const path = newProject('Choices');
    let session = ProjectSession.open(path);
    const { source } = await session.importArticle({ kind: 'file', fileName: '01-harbour-ledger.txt', bytes: sample('01-harbour-ledger.txt') });
    const blocks = session.blocks(source.id);
    const related = blocks.find((b) => b.reason === 'related-links')!;
    const body = blocks.find((b) => b.label === 'body' && /refloated/.test(b.text))!;
    session.chooseBlock(source.id, related.id, 'keep');
    session.chooseBlock(source.id, body.id, 'remove');
    const chosen = session.getSource(source.id).text;
    expect(chosen).toContain(related.text);
    expect(chosen).not.toContain(body.text);
    // An older cleaner version forces a full re-clean on the next open.
    session.db.prepare('UPDATE sources SET cleaner_version = 0').run();
    session.close();
    session = ProjectSession.open(path);
    const after = session.getSource(source.id).text;
    expect(session.db.prepare('SELECT cleaner_version FROM sources').pluck().get()).toBe(CLEANER_VERSION);
    expect(after).toBe(chosen);
    expect(session.blocks(source.id).find((b) => b.text === related.text)).toMatchObject({ editorChoice: 'keep', removed: false });
    // Putting a block back to the cleaner's verdict clears the choice.
    const restored = session.blocks(source.id).find((b) => b.text === body.text)!;
    session.chooseBlock(source.id, restored.id, 'keep');
    expect(session.blocks(source.id).find((b) => b.id === restored.id)).toMatchObject({ editorChoice: null, removed: false });
    session.close();
  });

  it('never throws anything but AppError on arbitrary bytes, and never alters earlier sources', async () => {
    const session = open();
    await session.importArticle({ kind: 'file', fileName: '03-carrow-evening-post.txt', bytes: sample('03-carrow-evening-post.txt') });
    const before = JSON.stringify(session.listSources().map((s) => session.getSource(s.id)));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.txt', 'b.html', 'c.md', 'd.docx', 'e'), async (bytes, name) => {
        try {
          await session.importArticle({ kind: 'file', fileName: name, bytes });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
        const now = JSON.stringify(session.listSources().slice(0, 1).map((s) => session.getSource(s.id)));
        return now === before;
      }),
      { numRuns: 150 },
    );
    session.close();
  });
});

describe('a title for an article without a headline', () => {
  it('reads a file name made of words, not one made of codes', async () => {
    const { titleFromFileName } = await import('./importArticle');
    expect(titleFromFileName('ferry-aground_at-port.txt')).toBe('ferry aground at port');
    expect(titleFromFileName('002_93d74374661e688a.txt')).toBeNull();
    expect(titleFromFileName('IMG_2041.txt')).toBeNull();
    expect(titleFromFileName(null)).toBeNull();
  });

  it('otherwise takes the first sentence, or the opening words', async () => {
    const { titleFromText } = await import('./importArticle');
    expect(titleFromText('HARBOURTOWN — The council met on Monday to discuss the bridge. It voted to repair it.')).toBe('HARBOURTOWN — The council met on Monday to discuss the bridge.');
    const long = 'word '.repeat(60).trim();
    expect(titleFromText(long).length).toBeLessThanOrEqual(91);
    expect(titleFromText(long).endsWith('…')).toBe(true);
  });
});

describe('titleFromText and abbreviations', () => {
  it('does not end a title at U.S. or Mr.', async () => {
    const { titleFromText } = await import('./importArticle');
    expect(titleFromText('WASHINGTON — The U.S. envoy met Mr. Lane on Monday in the capital. Talks went on.')).toBe('WASHINGTON — The U.S. envoy met Mr. Lane on Monday in the capital.');
  });
});
