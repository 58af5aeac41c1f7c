/**
 * The backend as every carrier sees it: one dispatcher over the open project, and an event bus.
 * Electron's main process, the browser host and the tests each make one Backend and wire it to
 * their transport.
 */
import type { AppEvent } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Result } from '../../../shared/api/result';
import type { AppInfo } from '../../../shared/domain/project';
import { SCHEMA_VERSION } from '../db/migrations';
import type { SessionOptions } from '../project/projectSession';
import { createLogger } from '../log';
import { defaultUserDataDir } from '../paths';
import { PrefsStore } from '../prefs/prefsStore';
import { ProjectSession } from '../project/projectSession';
import { APP_NAME, APP_VERSION } from '../version';
import { createDispatcher, type Dispatch } from './dispatcher';
import { handlers } from './handlers';
import { chromiumPdf, type ShellHooks } from './shell';

const log = createLogger('backend');

export class Backend {
  private current: ProjectSession | null = null;
  private readonly listeners = new Set<(event: AppEvent) => void>();
  readonly dispatch: Dispatch;
  readonly appInfo: AppInfo;

  /**
   * `userDataDir` holds the UI preferences; it defaults to the same folder as Electron's userData
   * (COPYDESK_USER_DATA overrides it), so the desktop app and the browser host share them.
   */
  constructor(host: AppInfo['host'], private readonly openOptions: SessionOptions = {}, userDataDir: string = defaultUserDataDir(), shell: Partial<ShellHooks> = {}) {
    this.appInfo = { name: APP_NAME, version: APP_VERSION, schemaVersion: SCHEMA_VERSION, host };
    this.dispatch = createDispatcher(handlers, {
      appInfo: this.appInfo,
      session: () => {
        if (!this.current) throw new AppError('NO_PROJECT', 'No project is open. Open a project or create a new one.');
        return this.current;
      },
      maybeSession: () => this.current,
      emit: (event) => this.emit(event),
      prefs: new PrefsStore(userDataDir),
      shell: { printPdf: chromiumPdf, ...shell },
      exported: new Set(),
    });
  }

  get session(): ProjectSession | null {
    return this.current;
  }

  /** Opens `path` as the current project, closing the previous one. Throws AppError. */
  openProject(path: string): ProjectSession {
    const next = ProjectSession.open(path, { ...this.openOptions, onEvent: (event) => this.emit(event) });
    this.release();
    this.current = next;
    this.emit({ name: 'project.updated', payload: next.info() });
    return next;
  }

  closeProject(): void {
    if (this.release()) this.emit({ name: 'project.closed', payload: {} });
  }

  /** Closes the current project, if any, without announcing it. */
  private release(): boolean {
    if (!this.current) return false;
    this.current.close();
    this.current = null;
    return true;
  }

  onEvent(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        log.error(`event listener failed for ${event.name}`, error);
      }
    }
  }

  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    return this.dispatch(method, input);
  }
}
