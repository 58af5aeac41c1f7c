import { describe, expect, it } from 'vitest';
import { readSession, writeSession } from './sessionStore';

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

const acceptNumber = (stored: unknown) => (typeof stored === 'number' ? stored : null);

describe('the session store', () => {
  it('gives back what was written (a reload finds it)', () => {
    const storage = memoryStorage();
    expect(readSession(storage, 'count', 1, acceptNumber)).toBe(1);
    writeSession(storage, 'count', 7);
    expect(readSession(storage, 'count', 1, acceptNumber)).toBe(7);
  });

  it('falls back to the initial value for what it cannot read or accept', () => {
    const storage = memoryStorage();
    storage.items.set('copydesk:count', '"seven"');
    expect(readSession(storage, 'count', 1, acceptNumber)).toBe(1);
    storage.items.set('copydesk:count', '{not json');
    expect(readSession(storage, 'count', 1, acceptNumber)).toBe(1);
  });

  it('never throws when storage refuses a write', () => {
    expect(() =>
      writeSession(
        {
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        },
        'count',
        3,
      ),
    ).not.toThrow();
  });
});
