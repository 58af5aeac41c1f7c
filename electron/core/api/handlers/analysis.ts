import type { Handlers } from '../handler';

export const analysisHandlers = {
  // The session announces the run (analysis.started, .progress, .finished) as it goes.
  'analysis.run': (_input, ctx) => ctx.session().analyze(),
  'analysis.get': (_input, ctx) => ctx.session().analysisReport(),
  'discrepancies.decide': ({ id, ...input }, ctx) => {
    const discrepancy = ctx.session().decide(id, input);
    ctx.emit({ name: 'discrepancies.decided', payload: { id } });
    return discrepancy;
  },
} satisfies Partial<Handlers>;
