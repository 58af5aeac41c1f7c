/**
 * HTML → plain article text + metadata. Mozilla Readability finds the article; when it finds
 * nothing useful we fall back to the page body minus its obvious chrome. Parsing is linkedom's,
 * which never runs scripts, loads resources or fires event handlers: the page is only data.
 */
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../types';
import { blockText } from './blockText';
import { type DomDocument, type DomNode, inlineText, isElement } from './domTypes';
import { extractMetadata } from './metadata';
import { parseDocument } from './parseDocument';

/** Below this much text Readability has probably picked a teaser or nothing at all. */
const MIN_ARTICLE_CHARS = 200;

/**
 * Readability's running time grows steeply with nesting depth (≈2 s at 800 levels, minutes at
 * 50 000), and real article pages stay far below these limits. Past them we use the fallback.
 */
const READABILITY_MAX_DEPTH = 300;
const READABILITY_MAX_ELEMENTS = 60_000;

/**
 * Readability serialises the page and parses it again between attempts; linkedom writes the text of
 * these raw-text elements back unescaped, so a `</title>` inside one would come back as markup.
 * None of them is article text.
 */
const NOT_ROUND_TRIPPABLE = 'script, style, noscript, template, textarea, xmp, title, iframe, svg, math';

const FALLBACK_REMOVED = 'script, style, nav, header, footer, aside, form, noscript, template, iframe, svg';

interface Paragraphs {
  paragraphs: string[];
  captions: string[];
}

const lengthOf = (p: Paragraphs) => p.paragraphs.reduce((sum, text) => sum + text.length, 0);

/** Is the tree small and shallow enough to hand to Readability? Stops counting as soon as it is not. */
function withinReadabilityLimits(root: DomNode): boolean {
  let elements = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: DomNode; depth: number };
    if (!isElement(node)) continue;
    elements += 1;
    if (depth > READABILITY_MAX_DEPTH || elements > READABILITY_MAX_ELEMENTS) return false;
    for (const child of Array.from(node.childNodes)) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}

function readabilityText(doc: DomDocument): Paragraphs | null {
  if (!withinReadabilityLimits(doc.documentElement)) return null;
  try {
    // Readability rewrites the document it is given, so it gets a copy; the serializer hands back
    // the content element itself rather than an HTML string we would have to parse again.
    const copy = doc.cloneNode(true);
    for (const element of Array.from(copy.body.querySelectorAll(NOT_ROUND_TRIPPABLE))) element.remove();
    const reader = new Readability<DomNode>(copy as never, { serializer: (node) => node as unknown as DomNode });
    const content = reader.parse()?.content;
    return content && isElement(content) ? blockText(content) : null;
  } catch {
    // Readability gives up with an exception on some odd trees (e.g. extreme nesting): fall back.
    return null;
  }
}

function bodyText(doc: DomDocument): Paragraphs {
  const body = doc.cloneNode(true).body;
  for (const junk of Array.from(body.querySelectorAll(FALLBACK_REMOVED))) junk.remove();
  return blockText(body);
}

const comparable = (text: string) => inlineText(text).toLowerCase();

function withHeadline(paragraphs: string[], headline: string | undefined): string[] {
  if (!headline || paragraphs.length === 0) return paragraphs;
  const head = comparable(headline);
  const start = comparable(paragraphs[0] ?? '');
  if (comparable(paragraphs.join(' ')).startsWith(head)) return paragraphs;
  // og:title often carries the outlet ("Headline | The Daily") while the page's h1 does not.
  if (start.length >= 12 && head.startsWith(start)) return paragraphs;
  return [inlineText(headline), ...paragraphs];
}

function extract(html: string, baseUrl: string | null): ExtractedArticle {
  const doc = parseDocument(html);
  const metadata = extractMetadata(doc, baseUrl);
  let found = readabilityText(doc);
  if (found === null || lengthOf(found) < MIN_ARTICLE_CHARS) {
    const fallback = bodyText(doc);
    // Readability's little is kept only when the stripped body has nothing at all.
    if (found === null || lengthOf(fallback) > 0) found = fallback;
  }
  const paragraphs = withHeadline(found.paragraphs, metadata.title ?? undefined);
  const result: ExtractedArticle = { text: paragraphs.join('\n\n'), metadata };
  if (found.captions.length > 0) result.captions = found.captions;
  return result;
}

export function extractHtml(html: string, baseUrl?: string | null): ExtractedArticle {
  try {
    return extract(typeof html === 'string' ? html : '', baseUrl?.trim() || null);
  } catch {
    // The promise is "any string in, an article out": a tree no step can handle is an empty
    // article, which the import reports to the editor as having no text.
    return { text: '', metadata: {} };
  }
}
