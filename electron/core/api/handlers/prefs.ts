import type { Handlers } from '../handler';

export const prefsHandlers = {
  'prefs.get': (_input, ctx) => ctx.prefs.get(),
  'prefs.set': (patch, ctx) => ctx.prefs.set(patch),
} satisfies Partial<Handlers>;
