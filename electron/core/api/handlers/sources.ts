import type { Handlers } from '../handler';

function base64ToBytes(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

export const sourceHandlers = {
  'sources.list': (_input, ctx) => ctx.session().listSources(),
  'sources.get': ({ id }, ctx) => ctx.session().getSource(id),
  'sources.import': async (item, ctx) => {
    const session = ctx.session();
    const result =
      item.kind === 'file'
        ? await session.importArticle({ kind: 'file', fileName: item.fileName, bytes: base64ToBytes(item.dataBase64) })
        : item.kind === 'paste'
          ? await session.importArticle({ kind: 'paste', text: item.text, html: item.html ?? null })
          : await session.importArticle({ kind: 'url', url: item.url });
    ctx.emit({ name: 'sources.changed', payload: { ids: [result.source.id] } });
    session.scheduleAnalysis();
    return result;
  },
  'sources.update': ({ id, ...patch }, ctx) => {
    const summary = ctx.session().updateSource(id, patch);
    ctx.emit({ name: 'sources.changed', payload: { ids: [id] } });
    return summary;
  },
  'sources.remove': ({ id }, ctx) => {
    const session = ctx.session();
    session.removeSource(id);
    ctx.emit({ name: 'sources.changed', payload: { ids: [id] } });
    session.scheduleAnalysis();
    return null;
  },
  'sources.search': ({ query }, ctx) => ctx.session().searchSources(query),
  'sources.blocks': ({ id }, ctx) => ctx.session().blocks(id),
  'sources.chooseBlock': ({ sourceId, blockId, choice }, ctx) => {
    const session = ctx.session();
    const blocks = session.chooseBlock(sourceId, blockId, choice);
    ctx.emit({ name: 'sources.changed', payload: { ids: [sourceId] } });
    session.scheduleAnalysis();
    return blocks;
  },
} satisfies Partial<Handlers>;
