import type { Handlers } from '../handler';

export const sourceHandlers = {
  'sources.list': (_input, ctx) => ctx.session().listSources(),
  'sources.get': ({ id }, ctx) => ctx.session().getSource(id),
} satisfies Partial<Handlers>;
