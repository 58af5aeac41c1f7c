import type { BlockReason, SourceBlock } from '../../../shared/domain/source';

const REASON_TEXT: Record<BlockReason, string> = {
  title: 'headline',
  byline: 'byline',
  caption: 'photo caption',
  'photo-credit': 'photo credit',
  'related-links': 'related links',
  'read-more': 'read-more links',
  'ad-marker': 'advertising',
  'author-bio': 'author bio',
  'comment-form': 'comment form',
  navigation: 'navigation',
  credit: 'credits',
  'share-prompt': 'share prompt',
  'subscribe-prompt': 'subscribe prompt',
  'repeated-paragraph': 'repeated paragraph',
};

export function reasonText(reason: BlockReason | null): string {
  return reason ? REASON_TEXT[reason] : 'removed by you';
}

interface Props {
  blocks: SourceBlock[];
  busy: boolean;
  onChoose(block: SourceBlock, choice: 'keep' | 'remove'): void;
}

/** Every block of the source, removed ones shown struck through with why, each restorable or removable. */
export function BlocksView({ blocks, busy, onChoose }: Props) {
  return (
    <ol className="blocks" aria-label="Text with removed blocks">
      {blocks.map((block) => {
        const why = block.removed ? (block.editorChoice === 'remove' ? 'removed by you' : reasonText(block.reason)) : null;
        // Headline and byline leave the text because they became the title and author, not because they are junk.
        const asMetadata = block.removed && block.editorChoice === null && (block.label === 'title' || block.label === 'byline');
        const short = block.text.length > 60 ? `${block.text.slice(0, 57)}…` : block.text;
        return (
          <li key={block.id} className={`block ${block.removed ? 'block-removed' : 'block-kept'} block-${block.label}${asMetadata ? ' block-metadata' : ''}`}>
            <p className="block-text">
              {block.label === 'caption' && !block.removed && <span className="block-tag">Caption</span>}
              {asMetadata && <span className="block-tag">{block.label === 'title' ? 'Headline: used as the title' : 'Byline: used as the author'}</span>}
              {block.removed && !asMetadata && <span className="block-tag block-why">Removed: {why}</span>}
              {block.text}
            </p>
            <button
              type="button"
              className="block-action"
              disabled={busy}
              onClick={() => onChoose(block, block.removed ? 'keep' : 'remove')}
              aria-label={`${block.removed ? 'Restore' : 'Remove'} “${short}”`}
            >
              {block.removed ? 'Restore' : 'Remove'}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
