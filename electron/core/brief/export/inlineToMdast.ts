/**
 * Inline brief nodes (text, links, line breaks, citations) to mdast phrasing content. Text stays
 * text: mdast-util-to-markdown escapes it and mdast-util-to-hast encodes it, so nothing an
 * article says can become markup.
 */
import type { PhrasingContent, Text } from 'mdast';
import { numberField, stringField, TEXT_FORMAT, type BriefNode } from './briefJson';
import type { Citations } from './citations';
import { unknownNode } from './errors';

export type ExportTarget = 'markdown' | 'html';

export interface InlineContext {
  citations: Citations;
  target: ExportTarget;
  /** Inside a GFM table cell, where a line break cannot be written: breaks become spaces. */
  inTableCell?: boolean;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL when it is absolute http, https or mailto; null for anything else (javascript:, data:, relative…). */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatBits(node: BriefNode): number {
  return numberField(node, 'format') ?? 0;
}

type Wrapper = 'strong' | 'emphasis' | 'delete';

function wrap(kind: Wrapper, children: PhrasingContent[], data?: { hName: string }): PhrasingContent {
  return data ? { type: kind, children, data } : { type: kind, children };
}

/** One Lexical text node: its format bits as nested strong/emphasis/delete, whitespace kept outside. */
function textToMdast(node: BriefNode, ctx: InlineContext): PhrasingContent[] {
  const text = typeof node.text === 'string' ? node.text : '';
  if (text === '') return [];
  const bits = formatBits(node);
  if (bits & TEXT_FORMAT.code) {
    return [wrapFormats({ type: 'inlineCode', value: text }, bits, ctx)];
  }
  if ((bits & (TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.strikethrough | TEXT_FORMAT.underline)) === 0) {
    return [{ type: 'text', value: text }];
  }
  // Emphasis cannot open or close on whitespace in CommonMark: keep the spaces outside it.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, lead = '', core = '', trail = ''] = match;
  const out: PhrasingContent[] = [];
  if (lead) out.push({ type: 'text', value: lead });
  if (core) out.push(wrapFormats({ type: 'text', value: core }, bits, ctx));
  if (trail) out.push({ type: 'text', value: trail });
  return out;
}

function wrapFormats(inner: PhrasingContent, bits: number, ctx: InlineContext): PhrasingContent {
  let node = inner;
  // Underline has no Markdown form; the print HTML keeps it as <u>.
  if (bits & TEXT_FORMAT.underline && ctx.target === 'html') node = wrap('emphasis', [node], { hName: 'u' });
  if (bits & TEXT_FORMAT.strikethrough) node = wrap('delete', [node]);
  if (bits & TEXT_FORMAT.italic) node = wrap('emphasis', [node]);
  if (bits & TEXT_FORMAT.bold) node = wrap('strong', [node]);
  return node;
}

function inlineNode(node: BriefNode, ctx: InlineContext): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return textToMdast(node, ctx);
    case 'tab':
      return [{ type: 'text', value: ' ' }];
    case 'linebreak':
      return ctx.inTableCell ? [{ type: 'text', value: ' ' }] : [{ type: 'break' }];
    case 'link':
    case 'autolink': {
      const children = phrasing(node.children ?? [], ctx);
      const url = safeUrl(stringField(node, 'url'));
      if (!url) return children; // javascript:, data: and the like: keep the words, drop the link
      return [{ type: 'link', url, children: children as never }];
    }
    case 'citation':
      return ctx.citations.cite(node);
    default:
      throw unknownNode(node.type);
  }
}

function sameWrapper(a: PhrasingContent, b: PhrasingContent): boolean {
  if (a.type !== b.type || (a.type !== 'strong' && a.type !== 'emphasis' && a.type !== 'delete')) return false;
  return (a.data as { hName?: string } | undefined)?.hName === (b.data as { hName?: string } | undefined)?.hName;
}

/** Joins neighbours of one kind (bold "a" + bold-italic "b" → **a*b***) and neighbouring text. */
function merge(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text') {
      (last as Text).value += node.value;
    } else if (last && sameWrapper(last, node) && 'children' in last && 'children' in node) {
      (last.children as PhrasingContent[]).push(...(node.children as PhrasingContent[]));
      last.children = merge(last.children as PhrasingContent[]) as never;
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Inline children of a block to mdast phrasing content. */
export function phrasing(nodes: BriefNode[], ctx: InlineContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const converted = inlineNode(node, ctx);
    // A footnote mark sits on the word before it ("said.[^1]"), never alone at a line start.
    if (node.type === 'citation' && converted.length > 0) trimTrailingSpace(out);
    out.push(...converted);
  }
  return merge(out);
}

function trimTrailingSpace(out: PhrasingContent[]): void {
  for (let last = out.at(-1); last?.type === 'text'; last = out.at(-1)) {
    last.value = last.value.trimEnd();
    if (last.value !== '') return;
    out.pop();
  }
}

/** Inline children of a block, without the spaces at its edges (Markdown drops them; an encoded one would show as &#x20;). */
export function blockPhrasing(nodes: BriefNode[], ctx: InlineContext): PhrasingContent[] {
  const out = phrasing(nodes, ctx);
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** True when a run of phrasing content shows nothing (empty paragraphs are dropped from exports). */
export function isBlank(nodes: PhrasingContent[]): boolean {
  return nodes.every((n) => n.type === 'text' && n.value.trim() === '');
}
