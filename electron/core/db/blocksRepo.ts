import type { Database } from 'better-sqlite3';
import type { BlockChoice, BlockLabel, BlockReason, SourceBlock } from '../../../shared/domain/source';
import { isRemoved } from '../../../shared/domain/source';
import { stmt } from './statements';

export interface NewBlockRow {
  start: number;
  end: number;
  text: string;
  label: BlockLabel;
  reason: BlockReason | null;
  editorChoice: BlockChoice | null;
  decidedAt: string | null;
}

type BlockRow = Omit<SourceBlock, 'removed'> & { decidedAt: string | null };

/** SQL for "this block is removed from the cleaned text", shared by the counts. */
export const REMOVED_BOILERPLATE_SQL = "(b.editor_choice = 'remove' OR (b.editor_choice IS NULL AND b.label = 'boilerplate'))";

export function listBlocks(db: Database, sourceId: number): SourceBlock[] {
  const rows = stmt(
    db,
    'SELECT id, seq, text, label, reason, editor_choice AS editorChoice, decided_at AS decidedAt FROM source_blocks WHERE source_id = ? ORDER BY seq',
  ).all(sourceId) as BlockRow[];
  return rows.map(({ decidedAt: _decidedAt, ...row }) => ({ ...row, removed: isRemoved(row.label, row.editorChoice) }));
}

/** The editor's choices on a source, by block text, to carry over a re-cleaning. */
export function editorChoices(db: Database, sourceId: number): Array<{ text: string; choice: BlockChoice; decidedAt: string | null }> {
  return stmt(db, 'SELECT text, editor_choice AS choice, decided_at AS decidedAt FROM source_blocks WHERE source_id = ? AND editor_choice IS NOT NULL ORDER BY seq').all(
    sourceId,
  ) as Array<{ text: string; choice: BlockChoice; decidedAt: string | null }>;
}

export function replaceBlocks(db: Database, sourceId: number, blocks: NewBlockRow[]): void {
  stmt(db, 'DELETE FROM source_blocks WHERE source_id = ?').run(sourceId);
  const insert = stmt(
    db,
    `INSERT INTO source_blocks (source_id, seq, start, end, text, label, reason, editor_choice, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  blocks.forEach((b, seq) => insert.run(sourceId, seq, b.start, b.end, b.text, b.label, b.reason, b.editorChoice, b.decidedAt));
}

export function getBlockSource(db: Database, blockId: number): number | undefined {
  return (stmt(db, 'SELECT source_id AS sourceId FROM source_blocks WHERE id = ?').get(blockId) as { sourceId: number } | undefined)?.sourceId;
}

export function setBlockChoice(db: Database, blockId: number, choice: BlockChoice | null, at: string): void {
  stmt(db, 'UPDATE source_blocks SET editor_choice = ?, decided_at = ? WHERE id = ?').run(choice, choice === null ? null : at, blockId);
}
