/**
 * The few DOM members the extractor uses, typed by hand: the backend's tsconfig has no DOM lib,
 * so linkedom's own declarations resolve to `any`. Keeping the surface small keeps it honest.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  append(...nodes: DomNode[]): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  importNode(node: DomNode, deep: boolean): DomNode;
  cloneNode(deep: boolean): DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Tag name in lower case (SVG keeps the source's case in linkedom). */
export function tagOf(element: DomElement): string {
  return element.localName.toLowerCase();
}

/**
 * One paragraph's (or metadata field's) text as it leaves the extractor: whitespace collapsed and
 * nothing an HTML parser could read as markup.
 */
export function inlineText(text: string): string {
  // Soft hyphens and zero-width spaces are invisible on the page but would split words in the
  // text and defeat exact matching later, so they go; every other run of whitespace (incl. NBSP)
  // becomes one space.
  const collapsed = text.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  // Decoded entities (&lt;script&gt;) and stray "<" next to stripped tags can spell a tag again.
  // The text is plain, but should any later step ever put it into HTML, a "<" followed by a
  // letter, "/", "!" or "?" could open an element; "< " never does. A readable, visible change
  // in the rare article that quotes markup, in exchange for text that can never become markup.
  return collapsed.replace(/<(?=[A-Za-z/!?])/g, '< ');
}
