import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import { Backend } from '../api/backend';
import { createMemoryTransport } from '../api/memoryTransport';
import { inspectProject } from './inspect';
import { newProject, rejectionOf } from '../testing/fixtures';

describe('a full disk during a write', () => {
  it('reports STORAGE with a message to act on, keeps earlier work, and leaves the file consistent', async () => {
    const path = newProject('Nearly full');
    const backend = new Backend('browser');
    backend.openProject(path);
    const api = new ApiClient(createMemoryTransport(backend));
    await api.call('sources.import', { kind: 'paste', text: 'Quay reopens\n\nThe quay reopened on Monday after repairs.' });
    // The disk is "full": SQLite may not grow the file by a single page.
    const db = backend.session!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of a long report about the storm and the ferry and the harbour.`).join('\n\n');
    const error = await rejectionOf(api.call('sources.import', { kind: 'paste', text: `Storm report\n\n${big}` }));
    expect(error.code).toBe('STORAGE');
    expect(error.message).toMatch(/disk that holds the project is full.*everything saved before is intact/);
    // The desk keeps working: reads answer, the earlier source is there.
    expect((await api.call('sources.list', {})).map((s) => s.title)).toEqual(['Quay reopens']);
    backend.closeProject();
    expect(inspectProject(path, { fullCheck: true }).check?.ok).toBe(true);
  });
});
