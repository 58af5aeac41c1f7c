import { describe, expect, it } from 'vitest';
import { UndoStack, UNDO_LIMIT, type UndoCommand } from './undoStack';

/** A counter the commands change, like a decision the API stores. */
function counter() {
  const state = { value: 0, log: [] as string[] };
  const add = (n: number, label = `add ${n}`): UndoCommand => ({
    label,
    undo: async () => {
      await Promise.resolve();
      state.value -= n;
      state.log.push(`undo ${label}`);
    },
    redo: () => {
      state.value += n;
      state.log.push(`redo ${label}`);
    },
  });
  return { state, add };
}

describe('UndoStack', () => {
  it('undoes and redoes commands in order, and says which one it undid', async () => {
    const stack = new UndoStack();
    const { state, add } = counter();
    state.value = 3;
    stack.push(add(1));
    stack.push(add(2));
    expect((await stack.undo())?.label).toBe('add 2');
    expect(state.value).toBe(1);
    expect((await stack.undo())?.label).toBe('add 1');
    expect(state.value).toBe(0);
    expect(await stack.undo()).toBeNull();
    expect(stack.canUndo).toBe(false);
    expect((await stack.redo())?.label).toBe('add 1');
    expect(state.value).toBe(1);
    expect(stack.canRedo).toBe(true);
  });

  it('runs rapid undo presses one after another, never two at once', async () => {
    const stack = new UndoStack();
    const { state, add } = counter();
    state.value = 6;
    for (const n of [1, 2, 3]) stack.push(add(n));
    const labels = await Promise.all([stack.undo(), stack.undo(), stack.undo()]);
    expect(labels.map((c) => c?.label)).toEqual(['add 3', 'add 2', 'add 1']);
    expect(state.value).toBe(0);
    expect(state.log).toEqual(['undo add 3', 'undo add 2', 'undo add 1']);
  });

  it('forgets what could be redone once something new is done', async () => {
    const stack = new UndoStack();
    const { add } = counter();
    stack.push(add(1));
    await stack.undo();
    expect(stack.canRedo).toBe(true);
    stack.push(add(5));
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toBeNull();
  });

  it('keeps a command whose undo failed, so the editor can try again', async () => {
    const stack = new UndoStack();
    let fail = true;
    stack.push({
      label: 'flaky',
      undo: () => {
        if (fail) throw new Error('offline');
      },
      redo: () => undefined,
    });
    await expect(stack.undo()).rejects.toThrow('offline');
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
    fail = false;
    expect((await stack.undo())?.label).toBe('flaky');
  });

  it('tells subscribers when the history changes, and keeps at most the limit', () => {
    const stack = new UndoStack();
    const { add } = counter();
    let heard = 0;
    const off = stack.subscribe(() => (heard += 1));
    const before = stack.snapshot();
    stack.push(add(1));
    expect(heard).toBe(1);
    expect(stack.snapshot()).not.toBe(before);
    off();
    for (let i = 0; i < UNDO_LIMIT + 10; i += 1) stack.push(add(1));
    expect(heard).toBe(1);
    let undone = 0;
    return (async () => {
      while (await stack.undo()) undone += 1;
      expect(undone).toBe(UNDO_LIMIT);
    })();
  });
});
