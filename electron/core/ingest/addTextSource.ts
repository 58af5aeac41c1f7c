/**
 * Adds one plain-text article to a project. This is the narrow way in used by the bundled sample
 * and the tests; the import issue grows it into files, HTML, URLs and cleaning.
 */
import { AppError } from '../../../shared/api/errors';
import type { Db } from '../db/open';
import { logActivity } from '../db/activityRepo';
import { touchProject } from '../db/projectRepo';
import { findSourceIdByHash, getSource, insertSource } from '../db/sourcesRepo';
import { countWords, normaliseNewlines, sha256 } from './textStats';

export interface TextArticle {
  text: string;
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  language?: string | null;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? 'Untitled article';
}

export function addTextSource(db: Db, article: TextArticle, now = new Date().toISOString()): number {
  const cleanText = normaliseNewlines(article.text).trim();
  if (cleanText === '') throw new AppError('INVALID_INPUT', 'The article is empty: there is no text to import.');
  const hash = sha256(cleanText);
  const existing = findSourceIdByHash(db, hash);
  if (existing !== undefined) {
    const other = getSource(db, existing);
    throw new AppError('CONFLICT', `This article is already in the project as “${other?.title ?? `source ${existing}`}”.`, { existingId: existing });
  }
  return db.transaction(() => {
    const id = insertSource(db, {
      title: article.title?.trim() || firstLine(cleanText),
      outlet: article.outlet ?? null,
      author: article.author ?? null,
      publishedAt: article.publishedAt ?? null,
      url: article.url ?? null,
      language: article.language ?? null,
      rawText: article.text,
      cleanText,
      sha256: hash,
      wordCount: countWords(cleanText),
      importedAt: now,
    });
    touchProject(db, now);
    logActivity(db, 'source.added', String(id), { wordCount: countWords(cleanText) }, now);
    return id;
  })();
}
