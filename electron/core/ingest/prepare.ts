/**
 * From what was imported (raw text of a known format) to the plain text the cleaner reads.
 * Deterministic: re-cleaning calls it again on the stored raw text.
 */
import type { SourceFormat } from '../../../shared/domain/source';
import { extractHtml } from './html/extractHtml';
import { markdownToText } from './markdownToText';
import { normaliseNewlines } from './textStats';
import type { ArticleMetadata } from './types';

export interface PreparedArticle {
  text: string;
  metadata: Partial<ArticleMetadata>;
  captions: string[];
}

export function prepareArticle(format: SourceFormat, rawText: string, url: string | null = null): PreparedArticle {
  if (format === 'html') {
    const extracted = extractHtml(rawText, url);
    return { text: normaliseNewlines(extracted.text), metadata: extracted.metadata, captions: extracted.captions ?? [] };
  }
  const text = normaliseNewlines(rawText);
  return { text: format === 'markdown' ? markdownToText(text) : text, metadata: {}, captions: [] };
}
