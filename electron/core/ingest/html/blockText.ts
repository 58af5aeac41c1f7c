/**
 * A DOM subtree → plain-text paragraphs. Every block element starts and ends a paragraph, so a
 * div's own text becomes a paragraph of its own between its child blocks; inline elements only
 * contribute their text. Walks with an explicit stack: hostile pages nest thousands of elements
 * deep and recursion would overflow.
 */
import { CDATA_SECTION_NODE, type DomElement, type DomNode, TEXT_NODE, inlineText, isElement, tagOf } from './domTypes';

/** Never text: code, styling, embedded documents, form controls, raw-text elements. */
export const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'head', 'title', 'meta', 'link',
  'textarea', 'select', 'option', 'button', 'input', 'xmp', 'noembed', 'noframes', 'plaintext',
]);

const BLOCK_ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'figure',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'dt',
  'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'address', 'details', 'summary',
  'hr', 'form', 'fieldset', 'legend', 'body', 'html', 'center', 'hgroup',
]);

export interface BlockText {
  paragraphs: string[];
  captions: string[];
}

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none/i.test(style);
}

export function blockText(root: DomNode): BlockText {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let buffer: string[] = [];
  let captionDepth = 0;
  // A single <br> is a line break inside a paragraph (collapsed to a space); two in a row are
  // how many sites separate paragraphs, so they end one.
  let afterBr = false;

  const flush = (): void => {
    const text = inlineText(buffer.join(''));
    buffer = [];
    afterBr = false;
    if (text === '') return;
    paragraphs.push(text);
    if (captionDepth > 0 && !captions.includes(text)) captions.push(text);
  };

  type Step = { node: DomNode; leaving: boolean };
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop() as Step;
    if (!isElement(node)) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        const text = node.textContent ?? '';
        if (text.trim() !== '') afterBr = false;
        buffer.push(text);
      }
      continue;
    }
    const tag = tagOf(node);
    const block = BLOCK_ELEMENTS.has(tag);
    if (leaving) {
      if (block) flush();
      if (tag === 'figcaption') captionDepth -= 1;
      if (tag === 'td' || tag === 'th') buffer.push(' ');
      continue;
    }
    if (SKIPPED_ELEMENTS.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      if (afterBr) flush();
      else {
        afterBr = true;
        buffer.push(' ');
      }
      continue;
    }
    if (block) flush();
    if (tag === 'figcaption') captionDepth += 1;
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return { paragraphs, captions };
}
