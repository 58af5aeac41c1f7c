/**
 * schema.org JSON-LD: the article object a page describes itself with. Pages ship broken JSON,
 * several script blocks, `@graph` wrappers and arrays; every one is parsed on its own and a bad
 * one is skipped, never fatal.
 */
import { type DomDocument, inlineText } from './domTypes';

export type JsonObject = { [key: string]: unknown };

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'reportagenews', 'blogposting',
  // NewsArticle's own subtypes, which news sites use for the same thing.
  'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle',
  'askpublicnewsarticle', 'liveblogposting',
]);

/** Deep enough for WebPage → mainEntity → Article inside a @graph; bounded against hostile nesting. */
const MAX_DEPTH = 6;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(value: JsonObject): string[] {
  const raw = value['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "http://schema.org/NewsArticle" and "NewsArticle" mean the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, '').toLowerCase());
}

function findArticle(value: unknown, depth: number): JsonObject | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (typesOf(value).some((t) => ARTICLE_TYPES.has(t))) return value;
  return findArticle(value['@graph'], depth + 1) ?? findArticle(value['mainEntity'], depth + 1);
}

function parseJson(source: string): unknown {
  // Some CMSs wrap the JSON in an HTML comment or CDATA markers.
  const trimmed = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return null;
  }
}

/** The first article-typed JSON-LD object on the page, or null. */
export function findJsonLdArticle(doc: DomDocument): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const found = findArticle(parseJson(script.textContent ?? ''), 0);
    if (found) return found;
  }
  return null;
}

/** A plain string field (or the first string of an array), whitespace-collapsed; null if absent. */
export function jsonString(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
  if (typeof first !== 'string') return null;
  const text = inlineText(first);
  return text === '' ? null : text;
}

/** The `name` of an object (or the object's own string form), or of the first such in an array. */
export function jsonName(value: unknown): string | null {
  const names = jsonNames(value);
  return names[0] ?? null;
}

/** Every name in a string / {name} / array-of-either value (authors, publishers). */
export function jsonNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items.slice(0, 20)) {
    const name = isObject(item) ? jsonString(item['name']) : jsonString(item);
    if (name !== null && !names.includes(name)) names.push(name);
  }
  return names;
}
