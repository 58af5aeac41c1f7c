/**
 * One article into a project: read the bytes honestly, extract, clean, check for duplicates, and
 * store the source with its blocks in one transaction (a failure leaves no partial rows).
 */
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ImportResult, SourceFormat, SourceMetadataPatch, SourceOrigin } from '../../../shared/domain/source';
import { logActivity } from '../db/activityRepo';
import { replaceBlocks } from '../db/blocksRepo';
import type { Db } from '../db/open';
import { touchProject } from '../db/projectRepo';
import { allCleanTexts, findSourceIdByHash, getSource, getSourceSummary, insertSource } from '../db/sourcesRepo';
import { cleanArticle, CLEANER_VERSION } from './applyCleaning';
import { decodeFile, MAX_IMPORT_BYTES } from './decode/decodeFile';
import { looksLikeHtml } from './decode/textFormat';
import { fetchArticle } from './fetch/fetchArticle';
import { findNearDuplicate } from './nearDuplicate';
import { prepareArticle } from './prepare';
import { countWords, sha256 } from './textStats';
import type { DecodedFile } from './types';

export type ImportInput =
  | { kind: 'file'; fileName: string; bytes: Uint8Array; metadata?: SourceMetadataPatch; origin?: Extract<SourceOrigin, 'file' | 'sample'> }
  | { kind: 'paste'; text: string; html?: string | null }
  | { kind: 'url'; url: string };

export interface ImportOptions {
  /** Tests only: let URL import reach 127.0.0.1. */
  allowPrivateFetch?: boolean;
  now?: string;
}

interface Arrival {
  decoded: DecodedFile;
  origin: SourceOrigin;
  fileName: string | null;
  url: string | null;
  overrides: SourceMetadataPatch;
}


async function arrive(input: ImportInput, options: ImportOptions): Promise<Arrival> {
  if (input.kind === 'file') {
    const decoded = await decodeFile(input.bytes, input.fileName);
    return { decoded, origin: input.origin ?? 'file', fileName: basename(input.fileName), url: null, overrides: input.metadata ?? {} };
  }
  if (input.kind === 'paste') {
    const html = input.html?.trim() ? input.html : null;
    const text = html ?? input.text;
    if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) throw new AppError('TOO_LARGE', 'The pasted article is larger than 20 MB, the most Copydesk imports at once.');
    if (text.trim() === '') throw new AppError('INVALID_INPUT', 'There is nothing to import: the pasted text is empty.');
    const format: SourceFormat = html || looksLikeHtml(text) ? 'html' : 'text';
    return { decoded: { format, encoding: 'utf-8', text }, origin: 'paste', fileName: null, url: null, overrides: {} };
  }
  const fetched = await fetchArticle(input.url, { allowPrivate: options.allowPrivateFetch === true });
  const name = basename(new URL(fetched.finalUrl).pathname) || 'page.html';
  const decoded = await decodeFile(fetched.bytes, name);
  const isHtml = /html/i.test(fetched.contentType ?? '') || decoded.format === 'html';
  return { decoded: isHtml ? { ...decoded, format: 'html' } : decoded, origin: 'url', fileName: null, url: fetched.finalUrl, overrides: {} };
}

/** A file name that reads as words ("ferry-aground.txt"), not a code ("002_93d74374661e688a.txt"). */
export function titleFromFileName(fileName: string | null): string | null {
  if (!fileName) return null;
  const stem = basename(fileName, extname(fileName)).replace(/[_-]+/g, ' ').trim();
  const words = stem.split(/\s+/).filter((w) => /^[\p{L}]{3,}$/u.test(w));
  return words.length >= 2 && !/[0-9a-f]{8,}/i.test(stem) ? stem : null;
}

/** The opening words of an article with no headline: its first sentence, or about 90 characters. */
export function titleFromText(text: string): string {
  const first = text.split('\n')[0]!.trim();
  // A sentence end after a lowercase word of 3+ letters: not "U.S." or "Mr.".
  const sentence = /^(.{20,140}?\p{Ll}{3,}[.!?])(\s|$)/u.exec(first)?.[1];
  if (sentence) return sentence;
  if (first.length <= 100) return first;
  return `${first.slice(0, 90).replace(/\s+\S*$/u, '')}…`;
}

export async function importArticle(db: Db, input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date().toISOString();
  const { decoded, origin, fileName, url, overrides } = await arrive(input, options);
  const prepared = prepareArticle(decoded.format, decoded.text, url);
  const cleaned = cleanArticle(prepared.text, { captions: prepared.captions });
  const name = fileName ?? url ?? 'the pasted text';
  if (cleaned.cleanText.trim() === '') {
    throw new AppError('INVALID_INPUT', `No article text was found in ${name} once the junk was taken out. Check that it is an article, or paste its text.`);
  }
  const hash = sha256(cleaned.cleanText);
  const existing = findSourceIdByHash(db, hash);
  if (existing !== undefined) {
    const other = getSource(db, existing);
    throw new AppError('CONFLICT', `${fileName ?? 'This article'} is already in the project as “${other?.title ?? `source ${existing}`}”.`, { existingId: existing });
  }
  const near = findNearDuplicate(cleaned.cleanText, allCleanTexts(db));
  const pick = <K extends keyof SourceMetadataPatch>(key: K) => overrides[key] ?? prepared.metadata[key] ?? cleaned.metadata[key] ?? null;
  const title = pick('title') ?? titleFromFileName(fileName) ?? titleFromText(cleaned.cleanText);

  const id = db.transaction(() => {
    const newId = insertSource(db, {
      title: title.slice(0, 300),
      outlet: pick('outlet'),
      author: pick('author'),
      publishedAt: pick('publishedAt'),
      url: overrides.url ?? url ?? prepared.metadata.url ?? cleaned.metadata.url ?? null,
      language: pick('language'),
      origin,
      fileName,
      format: decoded.format,
      encoding: decoded.encoding,
      rawText: decoded.text,
      preparedText: prepared.text,
      cleanText: cleaned.cleanText,
      sha256: hash,
      wordCount: countWords(cleaned.cleanText),
      importedAt: now,
      cleanerVersion: CLEANER_VERSION,
      nearDuplicateOf: near?.item.id ?? null,
      nearDuplicateScore: near ? Math.round(near.score * 1000) / 1000 : null,
    });
    replaceBlocks(db, newId, cleaned.blocks);
    touchProject(db, now);
    logActivity(db, 'source.imported', String(newId), { origin, format: decoded.format, blocks: cleaned.blocks.length }, now);
    return newId;
  })();

  const source = getSourceSummary(db, id)!;
  return { source, nearDuplicateOf: near ? { id: near.item.id, title: near.item.title, score: source.nearDuplicateScore ?? near.score } : null };
}
