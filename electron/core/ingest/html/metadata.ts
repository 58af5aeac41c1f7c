/**
 * What a page says about itself: OpenGraph / Twitter / Dublin Core meta tags, JSON-LD, and a few
 * elements. For each field the first non-empty source in the order below wins. Fields nobody
 * states are left out (not set to null) so a caller can spread these over its own defaults.
 */
import type { ArticleMetadata } from '../types';
import { type DomDocument, inlineText } from './domTypes';
import { type JsonObject, findJsonLdArticle, jsonName, jsonNames, jsonString } from './jsonLd';

type MetaMap = Map<string, string>;

/** Every <meta> by lower-cased name/property/itemprop → its first non-empty content. */
function collectMeta(doc: DomDocument): MetaMap {
  const map: MetaMap = new Map();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = inlineText(meta.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function first(...candidates: (() => string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const value = candidate();
    if (value !== null && value !== undefined && value.trim() !== '') return value.trim();
  }
  return null;
}

function textOf(doc: DomDocument, selector: string): string | null {
  const element = doc.querySelector(selector);
  return element ? inlineText(element.textContent ?? '') : null;
}

const looksLikeUrl = (value: string | null | undefined): boolean => !!value && /^(?:https?:)?\/\//i.test(value);

function joinNames(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const stripBy = (value: string | null): string | null => (value === null ? null : value.replace(/^by\s+/i, ''));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO as given; anything else through Date, and only when that yields a real date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (ISO_DATE.test(text)) return text;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  // "March 5, 2024" parses as local midnight; toISOString would shift it to the previous day
  // east of UTC, so a date without a time stays a plain local date.
  if (!/\d:\d/.test(text) && parsed.getHours() === 0 && parsed.getMinutes() === 0) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  return parsed.toISOString();
}

/** An http(s) address, resolved against the page's own address; anything else (javascript:, data:) is dropped. */
function webUrl(value: string | null | undefined, baseUrl: string | null): string | null {
  if (!value) return null;
  try {
    const url = baseUrl ? new URL(value, baseUrl) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function languageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const candidate = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(candidate)) return null;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? null;
  } catch {
    return null;
  }
}

export function extractMetadata(doc: DomDocument, baseUrl: string | null): Partial<ArticleMetadata> {
  const meta = collectMeta(doc);
  const ld: JsonObject = findJsonLdArticle(doc) ?? {};
  const m = (key: string) => meta.get(key);
  const articleAuthor = m('article:author');

  const found: ArticleMetadata = {
    title: first(() => m('og:title'), () => m('twitter:title'), () => jsonString(ld['headline']), () => textOf(doc, 'h1'), () => textOf(doc, 'head title')),
    outlet: first(() => m('og:site_name'), () => jsonName(ld['publisher']), () => m('application-name')),
    author: stripBy(
      first(
        () => m('author'),
        () => (looksLikeUrl(articleAuthor) ? null : articleAuthor),
        () => joinNames(jsonNames(ld['author'])),
        () => textOf(doc, '[rel~="author"]'),
      ),
    ),
    // Each source is normalised on its own, so an unparseable first date does not hide a good later one.
    publishedAt: first(
      () => normaliseDate(m('article:published_time')),
      () => normaliseDate(jsonString(ld['datePublished'])),
      () => normaliseDate(m('date') ?? m('pubdate') ?? m('dc.date') ?? m('dc.date.issued')),
      () => normaliseDate(doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime')),
    ),
    url: first(() => webUrl(m('og:url'), baseUrl), () => webUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), baseUrl), () => baseUrl),
    language: first(
      () => languageTag(doc.documentElement.getAttribute('lang')),
      () => languageTag(m('og:locale')),
      () => languageTag(jsonString(ld['inLanguage']) ?? jsonName(ld['inLanguage'])),
    ),
  };
  const result: Partial<ArticleMetadata> = {};
  for (const key of Object.keys(found) as (keyof ArticleMetadata)[]) {
    const value = found[key];
    if (value !== null) result[key] = value;
  }
  return result;
}
