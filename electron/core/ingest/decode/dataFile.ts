/**
 * Text that is not an article but data: JSON, or XML such as SVG, RSS or a sitemap. Imported, it
 * would become a "source" of braces and tags; refused, the editor learns what they picked.
 */
export function dataFileKind(text: string): 'JSON' | 'XML' | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(start)) {
    try {
      JSON.parse(start);
      return 'JSON';
    } catch {
      return null;
    }
  }
  // XML that is not XHTML: an XML declaration or a root element that is not <html>.
  const root = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+(\w+)[^>]*>\s*)?<([A-Za-z][\w:.-]*)/.exec(start);
  if (root && /^<\?xml/.test(start) && !/^html$/i.test(root[2] ?? '') && !/^html$/i.test(root[1] ?? '')) return 'XML';
  if (root && /^(svg|rss|feed|urlset|sitemapindex|plist)$/i.test(root[2] ?? '')) return 'XML';
  return null;
}
