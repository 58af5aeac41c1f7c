import type { Handlers } from '../handler';

export const projectHandlers = {
  'project.get': (_input, ctx) => ctx.maybeSession()?.info() ?? null,
  'project.rename': ({ title }, ctx) => {
    const info = ctx.session().rename(title);
    ctx.emit({ name: 'project.updated', payload: info });
    return info;
  },
} satisfies Partial<Handlers>;
