import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../../shared/api/client';
import type { AppEvent } from '../../../shared/api/contract';
import { newProject, rejectionOf } from '../testing/fixtures';
import { Backend } from './backend';
import { createMemoryTransport } from './memoryTransport';

function setup(withProject = true) {
  const backend = new Backend('memory');
  if (withProject) backend.openProject(newProject('Harbour fire'));
  const transport = createMemoryTransport(backend);
  return { backend, transport, api: new ApiClient(transport) };
}


describe('the API through the in-memory transport', () => {
  it('reports the app, the project and its sources', async () => {
    const { api, backend } = setup();
    await backend.session!.importArticle({ kind: 'file', fileName: 'fire.txt', bytes: new TextEncoder().encode('Fire at the harbour\n\nA warehouse burned on Monday.'), metadata: { outlet: 'Ledger' } });
    expect((await api.call('app.info', {})).host).toBe('memory');
    const project = await api.call('project.get', {});
    expect(project).toMatchObject({ title: 'Harbour fire', fileName: 'story.copydesk', sourceCount: 1, readOnly: false });
    const [source] = await api.call('sources.list', {});
    expect(source).toMatchObject({ title: 'Fire at the harbour', outlet: 'Ledger', fileName: 'fire.txt', wordCount: 5 });
    const detail = await api.call('sources.get', { id: source!.id });
    expect(detail.text).toContain('A warehouse burned on Monday.');
    backend.closeProject();
  });

  it('renames the project, persists it and announces it', async () => {
    const { api, backend, transport } = setup();
    const events: AppEvent[] = [];
    transport.onEvent((event) => events.push(event));
    const renamed = await api.call('project.rename', { title: '  Warehouse fire  ' });
    expect(renamed.title).toBe('Warehouse fire');
    expect(events).toEqual([{ name: 'project.updated', payload: renamed }]);
    const path = backend.session!.path;
    backend.closeProject();
    backend.openProject(path);
    expect((await api.call('project.get', {}))!.title).toBe('Warehouse fire');
    backend.closeProject();
  });

  it('refuses invalid input with INVALID_INPUT, saying what is wrong', async () => {
    const { api, transport, backend } = setup();
    const empty = await rejectionOf(api.call('project.rename', { title: '   ' }));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.message).toMatch(/needs a title/);
    const wrongType = await transport.invoke('sources.get', { id: 'one' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await transport.invoke('sources.list', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notObject = await transport.invoke('project.rename', 'title');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    backend.closeProject();
  });

  it('answers unknown methods and missing things with codes, never a throw', async () => {
    const { transport, api, backend } = setup();
    expect(await transport.invoke('sources.explode', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await transport.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await transport.invoke('toString', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const missing = await rejectionOf(api.call('sources.get', { id: 999 }));
    expect(missing.code).toBe('NOT_FOUND');
    backend.closeProject();
  });

  it('says NO_PROJECT when nothing is open, and project.get answers null', async () => {
    const { api } = setup(false);
    expect(await api.call('project.get', {})).toBeNull();
    expect((await rejectionOf(api.call('sources.list', {}))).code).toBe('NO_PROJECT');
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack', async () => {
    const { transport, backend } = setup();
    backend.session!.db.close(); // the connection vanishes under the handler
    const result = await transport.invoke('sources.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });
});
