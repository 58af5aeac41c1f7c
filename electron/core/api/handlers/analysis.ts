import type { Handlers } from '../handler';

export const analysisHandlers = {
  'analysis.run': (_input, ctx) => {
    const summary = ctx.session().analyze();
    ctx.emit({ name: 'analysis.finished', payload: { analyzedAt: summary.analyzedAt, discrepancies: summary.discrepancies } });
    return summary;
  },
  'analysis.get': (_input, ctx) => ctx.session().analysisReport(),
  'discrepancies.decide': ({ id, ...input }, ctx) => {
    const discrepancy = ctx.session().decide(id, input);
    ctx.emit({ name: 'discrepancies.decided', payload: { id } });
    return discrepancy;
  },
} satisfies Partial<Handlers>;
