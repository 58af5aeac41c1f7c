/**
 * The reader's DOM selection as offsets into the source's cleaned text. The reader shows one <p>
 * per paragraph of `paragraphSpans(text)` and only text inside them (marks are inline wrappers),
 * so a boundary's offset is its paragraph's start plus the characters before it in that paragraph.
 */
import { paragraphSpans } from '../format';

function paragraphIndex(root: HTMLElement, node: Node): number {
  const paragraphs = Array.from(root.children);
  let element: Node | null = node;
  while (element && element.parentNode !== root) element = element.parentNode;
  return element ? paragraphs.indexOf(element as Element) : -1;
}

function boundaryOffset(root: HTMLElement, text: string, node: Node, offset: number): number | null {
  const spans = paragraphSpans(text);
  if (node === root) {
    // Between paragraphs: the start of the paragraph after, or the end of the text.
    const next = spans[offset];
    return next ? next.start : text.length;
  }
  const index = paragraphIndex(root, node);
  const span = spans[index];
  if (!span) return null;
  const before = document.createRange();
  before.selectNodeContents(root.children[index]!);
  before.setEnd(node, offset);
  return span.start + Math.min(before.toString().length, span.text.length);
}

/** The selected passage (trimmed of surrounding spaces), or null when nothing in the reader is selected. */
export function selectionOffsets(root: HTMLElement | null, text: string): { start: number; end: number; quote: string } | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = boundaryOffset(root, text, range.startContainer, range.startOffset);
  let end = boundaryOffset(root, text, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, quote: text.slice(start, end) } : null;
}
