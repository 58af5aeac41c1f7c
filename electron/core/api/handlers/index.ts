import type { Handlers } from '../handler';
import { analysisHandlers } from './analysis';
import { annotationHandlers } from './annotations';
import { appHandlers } from './app';
import { briefHandlers } from './brief';
import { prefsHandlers } from './prefs';
import { projectHandlers } from './project';
import { sourceHandlers } from './sources';

/** Every method of the contract, one handler each; the compiler refuses a missing one. */
export const handlers: Handlers = {
  ...appHandlers,
  ...projectHandlers,
  ...sourceHandlers,
  ...analysisHandlers,
  ...briefHandlers,
  ...annotationHandlers,
  ...prefsHandlers,
};
