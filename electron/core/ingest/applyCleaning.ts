/**
 * The cleaner's verdict turned into stored blocks and the cleaned text, carrying over the editor's
 * earlier choices (matched by block text) so re-cleaning never undoes them.
 */
import type { BlockChoice } from '../../../shared/domain/source';
import { isRemoved } from '../../../shared/domain/source';
import type { NewBlockRow } from '../db/blocksRepo';
import { classifyBlocks } from './clean/classifyBlocks';
import { textMetadata } from './clean/textMetadata';
import type { ArticleMetadata } from './types';

/** Bump when the cleaner's rules change: projects are re-cleaned on open, choices kept. */
export const CLEANER_VERSION = 1;

export interface PreviousChoice {
  text: string;
  choice: BlockChoice;
  decidedAt: string | null;
}

export interface CleanedArticle {
  blocks: NewBlockRow[];
  cleanText: string;
  metadata: Partial<ArticleMetadata>;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The cleaned text: the blocks left in, one paragraph each. */
export function keptText(blocks: ReadonlyArray<Pick<NewBlockRow, 'text' | 'label' | 'editorChoice'>>): string {
  return blocks
    .filter((b) => !isRemoved(b.label, b.editorChoice))
    .map((b) => b.text)
    .join('\n\n');
}

export function cleanArticle(prepared: string, options: { captions?: string[]; previous?: PreviousChoice[] } = {}): CleanedArticle {
  const classified = classifyBlocks(prepared, { captions: options.captions ?? [] });
  // Several blocks may share a text (repeated paragraphs): hand out earlier choices in order.
  const pending = new Map<string, PreviousChoice[]>();
  for (const choice of options.previous ?? []) {
    const key = normalise(choice.text);
    pending.set(key, [...(pending.get(key) ?? []), choice]);
  }
  const blocks: NewBlockRow[] = classified.map((block) => {
    const carried = pending.get(normalise(block.text))?.shift();
    return { ...block, editorChoice: carried?.choice ?? null, decidedAt: carried?.decidedAt ?? null };
  });
  return { blocks, cleanText: keptText(blocks), metadata: textMetadata(classified) };
}
