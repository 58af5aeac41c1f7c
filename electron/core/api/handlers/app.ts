import type { Handlers } from '../handler';

export const appHandlers = {
  'app.info': (_input, ctx) => ctx.appInfo,
} satisfies Partial<Handlers>;
