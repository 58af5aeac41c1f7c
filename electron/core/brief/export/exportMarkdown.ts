/**
 * The brief as GitHub-flavoured Markdown: headline `#`, sections `##`, citations as footnotes
 * (`[^1]`, one per source, numbered in order of first citation), the corrections table as a GFM
 * table. mdast-util-to-markdown writes and escapes every character; the tree never holds `html`
 * nodes, so nothing from an article becomes raw HTML.
 */
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { BriefDocument, ExportMeta, ExportSource } from './briefJson';
import { briefToMdast } from './briefToMdast';

export function exportMarkdown(doc: BriefDocument, sources: readonly ExportSource[], meta: ExportMeta): string {
  const tree = briefToMdast(doc, sources, meta, 'markdown');
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  });
}
