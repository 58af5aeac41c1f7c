/**
 * UI preferences as JSON in the user-data folder (`ui-prefs.json`), so they outlive the browser
 * host's per-launch origin (its port changes, and localStorage with it). A missing, unreadable or
 * foreign file reads as no preferences; writes go to a temp file renamed over the old one.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { uiPrefsSchema, type UiPrefs } from '../../../shared/domain/prefs';
import { createLogger } from '../log';

const log = createLogger('prefs');
export const PREFS_FILE = 'ui-prefs.json';

export class PrefsStore {
  private cached: UiPrefs | null = null;

  constructor(private readonly dir: string) {}

  get path(): string {
    return join(this.dir, PREFS_FILE);
  }

  get(): UiPrefs {
    if (this.cached) return this.cached;
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return (this.cached = {});
    }
    try {
      const parsed = uiPrefsSchema.safeParse(JSON.parse(text));
      if (parsed.success) return (this.cached = parsed.data);
      // Keep what still fits: each top-level key on its own.
      const kept: Record<string, unknown> = {};
      const raw = JSON.parse(text) as Record<string, unknown>;
      for (const [key, value] of Object.entries(raw ?? {})) {
        if (uiPrefsSchema.safeParse({ [key]: value }).success) kept[key] = value;
      }
      return (this.cached = kept as UiPrefs);
    } catch {
      log.warn(`${PREFS_FILE} is not JSON; starting from defaults`);
      return (this.cached = {});
    }
  }

  /** Merges `patch` into the stored preferences (one level deep) and saves them. */
  set(patch: UiPrefs): UiPrefs {
    const current = this.get();
    const next: UiPrefs = { ...current, ...patch, ...(patch.panes ? { panes: { ...current.panes, ...patch.panes } } : {}) };
    try {
      mkdirSync(this.dir, { recursive: true });
      const temp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
      renameSync(temp, this.path);
    } catch (cause) {
      throw new AppError('INTERNAL', `Copydesk could not save your layout to ${this.path}. Check that the folder is writable.`, undefined, { cause });
    }
    this.cached = next;
    return next;
  }
}
