/**
 * HTML string → a well-formed linkedom document (html > head + body). linkedom builds its tree
 * straight from htmlparser2 without the HTML5 tree-fixing rules, so a fragment like `<p>x</p>`
 * has no <html> or <body> and its `document.body` getter throws. We therefore re-home every
 * parsed node into a fresh skeleton. Nothing here runs scripts: linkedom has no script engine and
 * the window it creates has no custom elements registered.
 */
import { parseHTML } from 'linkedom';
import { type DomDocument, type DomNode, isElement, tagOf } from './domTypes';

const SKELETON = '<!doctype html><html><head></head><body></body></html>';
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;

function parse(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

export function parseDocument(html: string): DomDocument {
  const raw = parse(html);
  const doc = parse(SKELETON);
  let lang: string | null = null;

  const adopt = (node: DomNode, into: 'head' | 'body'): void => {
    if (node.nodeType === DOCUMENT_TYPE_NODE) return;
    if (isElement(node)) {
      const tag = tagOf(node);
      if (tag === 'html' || tag === 'head' || tag === 'body') {
        if (tag === 'html' && lang === null) lang = node.getAttribute('lang');
        // Children of <head> that are not head elements (bad markup) still end up in the body.
        for (const child of Array.from(node.childNodes)) adopt(child, tag === 'head' ? 'head' : 'body');
        return;
      }
      (HEAD_ELEMENTS.has(tag) ? doc.head : doc.body).append(doc.importNode(node, true));
      return;
    }
    // As in the HTML5 rules, stray text in <head> is body text; whitespace there is dropped.
    if (into === 'head' && (node.textContent ?? '').trim() === '') return;
    doc.body.append(doc.importNode(node, true));
  };

  for (const child of Array.from(raw.childNodes)) adopt(child, 'body');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  removeComments(doc.documentElement);
  return doc;
}

/**
 * Comments are never text, and one parsed from `<![CDATA[ … --> … ]]>` holds a "-->": serialised
 * and parsed again (Readability does that through innerHTML) it turns into live markup, and a
 * stray `<!doctype>` that way corrupts linkedom's tree and sends Readability into an endless loop.
 */
function removeComments(root: DomNode): void {
  const comments: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === COMMENT_NODE) comments.push(node);
    // A loop, not push(...children): a page can have more children than a call has arguments.
    else if (isElement(node)) for (const child of Array.from(node.childNodes)) stack.push(child);
  }
  for (const comment of comments) comment.remove();
}
