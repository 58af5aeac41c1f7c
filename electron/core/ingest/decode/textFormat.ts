/**
 * Says what kind of text decoded bytes are — HTML, Markdown or plain text — from the text itself.
 * Editors save pages as .txt and notes as .html, so the extension is only a tie-breaker between
 * plain text and Markdown, where the content alone can be ambiguous.
 */
import type { ArticleFormat } from '../types';

/** How far into the text the leading-markup check looks; an HTML document declares itself early. */
const HEAD_CHARS = 64 * 1024;
/** Whitespace, BOMs, comments and an XML prolog may come before <!doctype> or <html>. */
const LEADING_NOISE = /^(?:\s|\uFEFF|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/;
const HTML_START = /^(?:<!doctype\s+html\b|<html[\s>])/i;
/** The tags whose presence marks page structure rather than a stray "<p>" quoted in prose. */
const STRUCTURAL_TAG = /<\/?(?:head|body|article|p)(?:\s[^<>]*)?>/gi;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const ANY_TAG = new RegExp(TAG.source, 'gi');

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
const INLINE_LINK = /\[[^\]\n]+\]\([^()\s]+(?:\s+"[^"\n]*")?\)/g;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const CODE_FENCE = /^ {0,3}(?:```|~~~)/;
const STRONG = /(\*\*|__)(?=\S)[^\n]*?\S\1/;
/** Points of Markdown evidence needed; one list or one bold phrase in plain text is not enough. */
const MARKDOWN_THRESHOLD = 2;

export function detectTextFormat(text: string, fileName: string): Exclude<ArticleFormat, 'docx'> {
  if (looksLikeHtml(text)) return 'html';
  if (/\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  return markdownScore(text) >= MARKDOWN_THRESHOLD ? 'markdown' : 'text';
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS).replace(LEADING_NOISE, '');
  if (HTML_START.test(head)) return true;
  // A fragment (copied from a page's source) has no doctype but is still mostly markup.
  const structural = text.match(STRUCTURAL_TAG)?.length ?? 0;
  if (structural < 2) return false;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const tagged = lines.filter((line) => TAG.test(line)).length;
  const tagChars = (text.match(ANY_TAG) ?? []).reduce((sum, tag) => sum + tag.length, 0);
  const visibleChars = text.replace(/\s+/g, '').length;
  return tagged / lines.length >= 0.5 || tagChars / visibleChars >= 0.05;
}

/** Points of Markdown evidence: headings and links count most, a heading as the first line double. */
export function markdownScore(text: string): number {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  let headings = lines.filter((line) => ATX_HEADING.test(line)).length;
  if (ATX_HEADING.test(firstLine)) headings += 1;
  const links = text.match(INLINE_LINK)?.length ?? 0;
  const listLines = lines.filter((line) => LIST_ITEM.test(line)).length;
  const fences = lines.filter((line) => CODE_FENCE.test(line)).length;
  return (
    Math.min(headings, 2) +
    Math.min(links, 2) +
    (listLines >= 2 ? 1 : 0) +
    (fences >= 2 ? 1 : 0) +
    (STRONG.test(text) ? 1 : 0)
  );
}
