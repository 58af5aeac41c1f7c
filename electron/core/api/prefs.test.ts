import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import { newProject, rejectionOf, tempDir } from '../testing/fixtures';
import { PREFS_FILE } from '../prefs/prefsStore';
import { Backend } from './backend';
import { createMemoryTransport } from './memoryTransport';

function client(userDataDir: string) {
  const backend = new Backend('memory', {}, userDataDir);
  return { backend, api: new ApiClient(createMemoryTransport(backend)) };
}

describe('prefs.get and prefs.set', () => {
  it('start empty, merge what is set, and outlive the backend (a new launch reads them back)', async () => {
    const dir = tempDir();
    const first = client(dir).api;
    expect(await first.call('prefs.get', {})).toEqual({});
    await first.call('prefs.set', { panes: { sources: 300 } });
    expect(await first.call('prefs.set', { panes: { discrepancies: 420 }, view: 'compare' })).toEqual({ panes: { sources: 300, discrepancies: 420 }, view: 'compare' });
    // Works with no project open: the layout belongs to the user, not to a project.
    expect(await client(dir).api.call('prefs.get', {})).toEqual({ panes: { sources: 300, discrepancies: 420 }, view: 'compare' });
    expect(JSON.parse(readFileSync(join(dir, PREFS_FILE), 'utf8'))).toMatchObject({ view: 'compare' });
  });

  it('refuses widths and views it does not know, saying which field', async () => {
    const { api } = client(tempDir());
    const wide = await rejectionOf(api.call('prefs.set', { panes: { sources: 99999 } }));
    expect(wide.code).toBe('INVALID_INPUT');
    expect(wide.message).toContain('panes.sources');
    expect((await rejectionOf(api.call('prefs.set', { view: 'timeline' as never }))).code).toBe('INVALID_INPUT');
  });

  it('reads a damaged file as defaults, keeping the keys that still make sense', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, PREFS_FILE), '{ not json');
    expect(await client(dir).api.call('prefs.get', {})).toEqual({});
    writeFileSync(join(dir, PREFS_FILE), JSON.stringify({ view: 'brief', panes: { sources: 'wide' }, future: 1 }));
    expect(await client(dir).api.call('prefs.get', {})).toEqual({ view: 'brief' });
  });
});

describe('sources.search', () => {
  it('finds a phrase across the sources with offsets into the cleaned text', async () => {
    const { api, backend } = client(tempDir());
    backend.openProject(newProject());
    const encode = (s: string) => new TextEncoder().encode(s);
    await backend.session!.importArticle({ kind: 'file', fileName: 'a.txt', bytes: encode('Ferry aground\n\nThe ferry Aurelia ran aground near the harbour.') });
    await backend.session!.importArticle({ kind: 'file', fileName: 'b.txt', bytes: encode('Harbour news\n\nA FERRY stuck on a sandbar; the ferry was refloated.') });
    const result = await api.call('sources.search', { query: 'ferry' });
    expect(result.total).toBe(result.hits.length);
    const bySource = new Map<number, number>();
    for (const hit of result.hits) {
      const { text } = await api.call('sources.get', { id: hit.sourceId });
      expect(text.slice(hit.start, hit.end).toLowerCase()).toBe('ferry');
      bySource.set(hit.sourceId, (bySource.get(hit.sourceId) ?? 0) + 1);
    }
    expect([...bySource.values()].sort()).toEqual([1, 2]);
    expect((await api.call('sources.search', { query: 'zeppelin' })).total).toBe(0);
    backend.closeProject();
  });
});
