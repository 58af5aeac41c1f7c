// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionState } from './useSessionState';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const acceptNumber = (stored: unknown) => (typeof stored === 'number' ? stored : null);

async function mount() {
  const seen: { value?: number; set?: (n: number) => void } = {};
  function Probe() {
    const [value, set] = useSessionState('test-count', 1, acceptNumber);
    seen.value = value;
    seen.set = set;
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => root.render(<Probe />));
  return { seen, unmount: () => act(() => root.unmount()) };
}

afterEach(() => sessionStorage.clear());

describe('useSessionState', () => {
  it('starts from the initial value and keeps a change for the next mount (a reload)', async () => {
    const first = await mount();
    expect(first.seen.value).toBe(1);
    await act(async () => first.seen.set!(7));
    first.unmount();
    const second = await mount();
    expect(second.seen.value).toBe(7);
    second.unmount();
  });

  it('ignores what it cannot accept', async () => {
    sessionStorage.setItem('copydesk:test-count', '"seven"');
    const a = await mount();
    expect(a.seen.value).toBe(1);
    a.unmount();
    sessionStorage.setItem('copydesk:test-count', '{not json');
    const b = await mount();
    expect(b.seen.value).toBe(1);
    b.unmount();
  });
});
