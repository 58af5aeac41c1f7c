/**
 * The desk's undo history: generic commands {label, undo, redo}, so decisions now and annotations
 * later share one Ctrl/Cmd+Z. Undo and redo run one at a time, in the order they were asked for,
 * even when each is an API call; a command that fails stays where it was.
 */
export interface UndoCommand {
  /** What the editor did, in their words: “picked ‘Qin Gang’”. */
  label: string;
  undo(): Promise<void> | void;
  redo(): Promise<void> | void;
}

export const UNDO_LIMIT = 200;

export class UndoStack {
  private done: UndoCommand[] = [];
  private undone: UndoCommand[] = [];
  private tail: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();
  private version = 0;

  /** Records a command that has already been carried out; it clears what could be redone. */
  push(command: UndoCommand): void {
    this.done.push(command);
    if (this.done.length > UNDO_LIMIT) this.done.shift();
    this.undone = [];
    this.changed();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the latest command; resolves with it, or null when there was nothing to undo. Rejects if its undo failed. */
  undo(): Promise<UndoCommand | null> {
    return this.run(this.done, this.undone, (command) => command.undo());
  }

  redo(): Promise<UndoCommand | null> {
    return this.run(this.undone, this.done, (command) => command.redo());
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.changed();
  }

  /** For useSyncExternalStore: a number that changes whenever the history does. */
  snapshot = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private run(from: UndoCommand[], to: UndoCommand[], apply: (command: UndoCommand) => Promise<void> | void): Promise<UndoCommand | null> {
    const next = this.tail.then(async () => {
      const command = from.pop();
      if (!command) return null;
      this.changed();
      try {
        await apply(command);
      } catch (error) {
        from.push(command);
        this.changed();
        throw error;
      }
      to.push(command);
      this.changed();
      return command;
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
