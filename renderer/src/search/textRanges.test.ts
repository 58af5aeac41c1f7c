// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextRanges } from './textRanges';

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test fixture markup only; article text never becomes markup in the desk.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('findTextRanges', () => {
  it('finds every occurrence ignoring case, in document order, without changing the DOM', () => {
    const root = render('<p>The ferry ran aground.</p><p>The Ferry was refloated; ferry fares rose.</p>');
    const before = root.innerHTML;
    const ranges = findTextRanges(root, 'ferry');
    expect(ranges.map((r) => r.toString())).toEqual(['ferry', 'Ferry', 'ferry']);
    expect(root.innerHTML).toBe(before);
  });

  it('matches across text nodes split by marks', () => {
    const root = render('<p>Ilse <mark>Mar</mark>ten said so.</p>');
    const [range] = findTextRanges(root, 'ilse marten');
    expect(range!.toString()).toBe('Ilse Marten');
  });

  it('does not match across paragraphs, and finds nothing for a blank query', () => {
    const root = render('<p>harbour</p><p>master</p>');
    expect(findTextRanges(root, 'harbour master')).toEqual([]);
    expect(findTextRanges(root, '  ')).toEqual([]);
  });
});
