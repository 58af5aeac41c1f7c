/**
 * The serialized brief to one mdast tree, shared by the Markdown and the print-HTML exports so
 * both say the same thing. Classes for the print stylesheet ride along in `data.hProperties`
 * (ignored by Markdown). Footnote definitions for the citations close the tree.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { numberField, stringField, type BriefDocument, type BriefNode, type ExportMeta, type ExportSource } from './briefJson';
import { Citations } from './citations';
import { notABrief, unknownNode } from './errors';
import { blockPhrasing, isBlank, phrasing, type ExportTarget, type InlineContext } from './inlineToMdast';

const HEADING_DEPTH: Record<string, Heading['depth']> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

function classes(...names: string[]) {
  return { hProperties: { className: names } };
}

function paragraph(children: PhrasingContent[], className?: string): Paragraph {
  return className ? { type: 'paragraph', children, data: classes(className) } : { type: 'paragraph', children };
}

function heading(node: BriefNode, ctx: InlineContext, className?: string): Heading | null {
  const children = blockPhrasing(node.children ?? [], ctx);
  if (isBlank(children)) return null;
  const depth = HEADING_DEPTH[stringField(node, 'tag') ?? 'h2'] ?? 2;
  const cls = className ?? (depth === 1 ? 'headline' : undefined);
  return cls ? { type: 'heading', depth, children, data: classes(cls) } : { type: 'heading', depth, children };
}

function listItem(node: BriefNode, ctx: InlineContext): ListItem {
  const children: ListItem['children'] = [];
  let inline: BriefNode[] = [];
  const flush = () => {
    const content = blockPhrasing(inline, ctx);
    if (!isBlank(content)) children.push(paragraph(content));
    inline = [];
  };
  for (const child of node.children ?? []) {
    if (child.type === 'list') {
      flush();
      children.push(list(child, ctx));
    } else {
      inline.push(child);
    }
  }
  flush();
  return { type: 'listItem', spread: false, children };
}

function list(node: BriefNode, ctx: InlineContext): List {
  const ordered = stringField(node, 'listType') === 'number';
  const items: ListItem[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'listitem') throw unknownNode(child.type);
    const item = listItem(child, ctx);
    const onlyNested = item.children.length > 0 && item.children.every((c) => c.type === 'list');
    const previous = items[items.length - 1];
    // Lexical keeps a nested list in an item of its own; Markdown nests it in the item before.
    if (onlyNested && previous) previous.children.push(...item.children);
    else if (item.children.length > 0) items.push(item);
  }
  const given = numberField(node, 'start');
  const start = ordered && given !== undefined && Number.isInteger(given) && given > 1 ? given : null;
  return { type: 'list', ordered, start: ordered ? (start ?? 1) : null, spread: false, children: items };
}

function tableCell(node: BriefNode, ctx: InlineContext): TableCell {
  if (node.type !== 'tablecell') throw unknownNode(node.type);
  const cellCtx = { ...ctx, inTableCell: true };
  const parts: PhrasingContent[] = [];
  for (const block of node.children ?? []) {
    const content = block.type === 'paragraph' ? blockPhrasing(block.children ?? [], cellCtx) : flattenBlock(block, cellCtx);
    if (isBlank(content)) continue;
    if (parts.length > 0) parts.push({ type: 'text', value: ' ' });
    parts.push(...content);
  }
  return { type: 'tableCell', children: parts };
}

/** A non-paragraph block inside a table cell, flattened to its words. */
function flattenBlock(block: BriefNode, ctx: InlineContext): PhrasingContent[] {
  if (block.type === 'list') {
    return (block.children ?? []).flatMap((item, i) => [
      ...(i > 0 ? [{ type: 'text', value: '; ' } as const] : []),
      ...phrasing((item.children ?? []).filter((c) => c.type !== 'list'), ctx),
    ]);
  }
  if (['heading', 'quote', 'brief-claim', 'brief-standfirst', 'brief-section'].includes(block.type)) return phrasing(block.children ?? [], ctx);
  throw unknownNode(block.type);
}

function table(node: BriefNode, ctx: InlineContext): Table | null {
  const rows: TableRow[] = [];
  for (const row of node.children ?? []) {
    if (row.type !== 'tablerow') throw unknownNode(row.type);
    rows.push({ type: 'tableRow', children: (row.children ?? []).map((cell) => tableCell(cell, ctx)) });
  }
  if (rows.length === 0) return null;
  // GFM needs one column count for every row: pad the short ones.
  const width = Math.max(...rows.map((r) => r.children.length));
  for (const row of rows) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  return { type: 'table', align: rows[0]!.children.map(() => null), children: rows };
}

function block(node: BriefNode, ctx: InlineContext): RootContent | null {
  switch (node.type) {
    case 'heading':
      return heading(node, ctx);
    case 'brief-section':
      return heading(node, ctx, `section-${(stringField(node, 'section') ?? 'other').replace(/[^a-z-]/g, '')}`);
    case 'paragraph':
    case 'brief-standfirst':
    case 'brief-claim': {
      const content = blockPhrasing(node.children ?? [], ctx);
      if (isBlank(content)) return null;
      const className = node.type === 'brief-standfirst' ? 'standfirst' : undefined;
      return paragraph(content, className);
    }
    case 'quote': {
      const content = blockPhrasing(node.children ?? [], ctx);
      return isBlank(content) ? null : { type: 'blockquote', children: [paragraph(content)] };
    }
    case 'list': {
      const result = list(node, ctx);
      return result.children.length > 0 ? result : null;
    }
    case 'table':
      return table(node, ctx);
    case 'horizontalrule':
      return { type: 'thematicBreak' };
    default:
      throw unknownNode(node.type);
  }
}

/** The brief as mdast: its blocks, then one footnote definition per cited source. */
export function briefToMdast(doc: BriefDocument, sources: readonly ExportSource[], meta: ExportMeta, target: ExportTarget): Root {
  const blocks = doc?.root?.children;
  if (!Array.isArray(blocks)) throw notABrief();
  const ctx: InlineContext = { citations: new Citations(), target };
  const children: RootContent[] = [];
  for (const node of blocks) {
    const converted = block(node, ctx);
    if (converted) children.push(converted);
  }
  const first = children[0];
  if (!(first?.type === 'heading' && first.depth === 1) && meta.title.trim() !== '') {
    children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: meta.title.trim() }], data: classes('headline') });
  }
  children.push(...ctx.citations.definitions(sources));
  return { type: 'root', children };
}
