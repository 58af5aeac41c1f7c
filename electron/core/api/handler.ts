import type { HandlerInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { AppEvent } from '../../../shared/api/contract';
import type { AppInfo } from '../../../shared/domain/project';
import type { PrefsStore } from '../prefs/prefsStore';
import type { ProjectSession } from '../project/projectSession';
import type { ShellHooks } from './shell';

/** What a handler may use: the open project (or the NO_PROJECT error) and the event bus. */
export interface HandlerContext {
  appInfo: AppInfo;
  /** The open project; throws NO_PROJECT when none is open. */
  session(): ProjectSession;
  /** The open project, or null. */
  maybeSession(): ProjectSession | null;
  emit(event: AppEvent): void;
  /** The desk's UI preferences in the user-data folder. */
  prefs: PrefsStore;
  /** What the carrier lends: PDF printing, and on the desktop a save dialog. */
  shell: ShellHooks;
  /** Files this run exported and saved (the only ones brief.reveal may show). */
  exported: Set<string>;
}

export type Handler<M extends MethodName> = (input: HandlerInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };
