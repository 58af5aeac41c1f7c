/**
 * Re-cleaning: run the current cleaner again over a source's stored raw text. Labels and the
 * cleaned text are replaced; the editor's choices are carried over by block text, and the
 * editor's annotations are re-anchored in the new text (or listed as orphaned).
 */
import { reanchorSource } from '../annotations/annotationService';
import { logActivity } from '../db/activityRepo';
import { editorChoices, replaceBlocks } from '../db/blocksRepo';
import type { Db } from '../db/open';
import { getSourceSummary, markCleaned, sourcesCleanedBefore, updateCleanText, type CleaningInput } from '../db/sourcesRepo';
import { cleanArticle, CLEANER_VERSION } from './applyCleaning';
import { prepareArticle } from './prepare';

export function recleanSource(db: Db, source: CleaningInput, now = new Date().toISOString()): void {
  const url = getSourceSummary(db, source.id)?.url ?? null;
  const prepared = prepareArticle(source.format, source.rawText, url);
  db.transaction(() => {
    const cleaned = cleanArticle(prepared.text, { captions: prepared.captions, previous: editorChoices(db, source.id) });
    replaceBlocks(db, source.id, cleaned.blocks);
    updateCleanText(db, source.id, cleaned.cleanText);
    reanchorSource(db, source.id, cleaned.cleanText);
    markCleaned(db, source.id, prepared.text, CLEANER_VERSION);
    logActivity(db, 'source.recleaned', String(source.id), { cleanerVersion: CLEANER_VERSION }, now);
  })();
}

/** Re-cleans every source cleaned by an older cleaner. Returns how many. */
export function recleanOutdated(db: Db): number {
  const outdated = sourcesCleanedBefore(db, CLEANER_VERSION);
  for (const source of outdated) recleanSource(db, source);
  return outdated.length;
}
