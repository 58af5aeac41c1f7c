/**
 * The brief as one self-contained HTML document for printing: the same mdast as the Markdown
 * export, through mdast-util-to-hast and hast-util-to-html (never allowDangerousHtml, so article
 * text is only ever text), a strict Content-Security-Policy (no script, no fetch, inline style
 * only) and the print stylesheet inline.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { BriefDocument, ExportMeta, ExportSource } from './briefJson';
import { briefToMdast } from './briefToMdast';
import { PRINT_STYLES } from './printStyles';

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** Print has no use for the "back to the text" arrows of footnotes: drop them. */
function dropBackReferences(node: Nodes): void {
  if (!('children' in node)) return;
  const children: Nodes[] = node.children.filter((child) => !(child.type === 'element' && child.properties.dataFootnoteBackref !== undefined));
  if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'li')) {
    // The spaces that stood before the arrows go with them.
    while (children.length > 0) {
      const last = children[children.length - 1]!;
      if (last.type !== 'text') break;
      last.value = last.value.trimEnd();
      if (last.value !== '') break;
      children.pop();
    }
  }
  node.children = children as typeof node.children;
  for (const child of children) dropBackReferences(child);
}

export function printHtml(doc: BriefDocument, sources: readonly ExportSource[], meta: ExportMeta): string {
  const mdast = briefToMdast(doc, sources, meta, 'html');
  const body = toHast(mdast, {
    clobberPrefix: 'ref-',
    footnoteLabel: 'References',
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: { className: ['references-label'] },
    footnoteBackLabel: (index) => `Back to the text of reference ${index + 1}`,
  });
  dropBackReferences(body);
  const content = body.type === 'root' ? (body.children as ElementContent[]) : [body as ElementContent];
  const title = meta.title.trim() || 'Brief';
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: 'en' }, [
        el('head', {}, [
          el('meta', { charSet: 'utf-8' }),
          el('meta', { httpEquiv: ['Content-Security-Policy'], content: PRINT_CSP }),
          el('meta', { name: 'referrer', content: 'no-referrer' }),
          el('meta', { name: 'generator', content: 'Copydesk' }),
          el('meta', { name: 'date', content: meta.exportedAt }),
          el('title', {}, [{ type: 'text', value: title }]),
          el('style', {}, [{ type: 'text', value: PRINT_STYLES }]),
        ]),
        el('body', {}, [el('article', { className: ['brief'] }, content)]),
      ]),
    ],
  };
  return toHtml(tree);
}
