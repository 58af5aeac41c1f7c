import type { Handlers } from '../handler';

export const briefHandlers = {
  'brief.get': (_input, ctx) => ctx.session().briefState(),
  'brief.compile': async ({ minSupport }, ctx) => {
    // When compile analyses first, the session announces that run itself (analysis.finished).
    const { state, summary } = await ctx.session().compileBrief(minSupport);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'compile' } });
    return { state, summary };
  },
  'brief.save': ({ document, baseVersion }, ctx) => {
    const state = ctx.session().saveBrief(document, baseVersion);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'edit' } });
    return state;
  },
  'brief.revisions': (_input, ctx) => ctx.session().briefRevisions(),
  'brief.revision': ({ id }, ctx) => ctx.session().briefRevision(id),
  'brief.restore': ({ id }, ctx) => {
    const state = ctx.session().restoreBrief(id);
    ctx.emit({ name: 'brief.updated', payload: { version: state.version, reason: 'restore' } });
    return state;
  },
} satisfies Partial<Handlers>;
