import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTextSpans, type TextSpan } from './textRanges';

/** A rendered reader, as markup for the test only (the desk never turns article text into markup). */
function render(body: string): Element {
  const { document } = parseHTML(`<html><body><div id="reader">${body}</div></body></html>`);
  return document.getElementById('reader') as unknown as Element;
}

/** The text a span covers, read back from its nodes. */
function textOf({ start, end }: TextSpan): string {
  if (start.node === end.node) return start.node.data.slice(start.offset, end.offset);
  let text = start.node.data.slice(start.offset);
  let node: Node | null = start.node;
  while (node && node !== end.node) {
    node = next(node);
    if (node && node.nodeType === 3) text += node === end.node ? (node as Text).data.slice(0, end.offset) : (node as Text).data;
  }
  return text;
}

function next(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let at: Node | null = node;
  while (at && !at.nextSibling) at = at.parentNode;
  return at?.nextSibling ?? null;
}

describe('findTextSpans', () => {
  it('finds every occurrence ignoring case, in document order, without changing the DOM', () => {
    const root = render('<p>The ferry ran aground.</p><p>The Ferry was refloated; ferry fares rose.</p>');
    const before = root.innerHTML;
    const spans = findTextSpans(root, 'ferry');
    expect(spans.map(textOf)).toEqual(['ferry', 'Ferry', 'ferry']);
    expect(root.innerHTML).toBe(before);
  });

  it('matches across text nodes split by marks', () => {
    const root = render('<p>Ilse <mark>Mar</mark>ten said so.</p>');
    const [span] = findTextSpans(root, 'ilse marten');
    expect(span!.start.node).not.toBe(span!.end.node);
    expect(textOf(span!)).toBe('Ilse Marten');
  });

  it('does not match across paragraphs, and finds nothing for a blank query', () => {
    const root = render('<p>harbour</p><p>master</p>');
    expect(findTextSpans(root, 'harbour master')).toEqual([]);
    expect(findTextSpans(root, '  ')).toEqual([]);
  });
});
