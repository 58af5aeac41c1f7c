/** Reading and writing small JSON values in sessionStorage (or any Storage), never throwing. */

export function readSession<T>(storage: Pick<Storage, 'getItem'>, key: string, initial: T, accept: (stored: unknown) => T | null): T {
  try {
    const raw = storage.getItem(`copydesk:${key}`);
    return raw === null ? initial : (accept(JSON.parse(raw)) ?? initial);
  } catch {
    return initial;
  }
}

export function writeSession(storage: Pick<Storage, 'setItem'>, key: string, value: unknown): void {
  try {
    storage.setItem(`copydesk:${key}`, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the state still works, it just is not kept over a reload.
  }
}
