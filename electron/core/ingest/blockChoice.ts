/**
 * The editor restores a removed block or removes a kept one. The choice is stored on the block
 * (so re-cleaning keeps it) and the cleaned text is rebuilt from the blocks; the source's
 * annotations are re-anchored in the new text.
 */
import { AppError } from '../../../shared/api/errors';
import type { BlockChoice } from '../../../shared/domain/source';
import { keptByDefault } from '../../../shared/domain/source';
import { logActivity } from '../db/activityRepo';
import { getBlockSource, listBlocks, setBlockChoice } from '../db/blocksRepo';
import type { Db } from '../db/open';
import { updateCleanText } from '../db/sourcesRepo';
import { reanchorSource } from '../annotations/annotationService';
import { keptText } from './applyCleaning';

/**
 * `choice` 'keep' or 'remove'; null returns the block to the cleaner's verdict. A choice equal to
 * the cleaner's verdict is stored as null, so "restore then remove again" leaves no trace of a choice.
 */
export function chooseBlock(db: Db, sourceId: number, blockId: number, choice: BlockChoice | null, now = new Date().toISOString()): void {
  if (getBlockSource(db, blockId) !== sourceId) throw new AppError('NOT_FOUND', `Block ${blockId} is not part of source ${sourceId}; reload the source.`);
  const block = listBlocks(db, sourceId).find((b) => b.id === blockId)!;
  const verdict: BlockChoice = keptByDefault(block.label) ? 'keep' : 'remove';
  const stored = choice === verdict ? null : choice;
  db.transaction(() => {
    setBlockChoice(db, blockId, stored, now);
    const text = keptText(listBlocks(db, sourceId));
    updateCleanText(db, sourceId, text);
    reanchorSource(db, sourceId, text);
    logActivity(db, choice === 'keep' ? 'block.restored' : choice === 'remove' ? 'block.removed' : 'block.reset', String(blockId), { sourceId }, now);
  })();
}
