import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';
import { BriefClaimNode } from '../../../../../shared/brief/BriefClaimNode';
import { BriefStandfirstNode } from '../../../../../shared/brief/BriefStandfirstNode';
import { CitationNode } from '../../../../../shared/brief/CitationNode';

/**
 * The brief's node classes live in shared/ without DOM code; the editor dresses their elements
 * here: citation chips, the standfirst, and compiled paragraphs marked for review.
 */
export function NodeClassesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const dress = (key: string, apply: (el: HTMLElement) => void) => {
      const el = editor.getElementByKey(key);
      if (el) apply(el);
    };
    const offs = [
      editor.registerMutationListener(
        CitationNode,
        (mutations) => {
          for (const [key, type] of mutations) {
            if (type === 'destroyed') continue;
            dress(key, (el) => {
              el.classList.add('citation-chip');
              el.dataset.citation = 'true';
            });
          }
        },
        { skipInitialization: false },
      ),
      editor.registerMutationListener(
        BriefStandfirstNode,
        (mutations) => {
          for (const [key, type] of mutations) if (type !== 'destroyed') dress(key, (el) => el.classList.add('brief-standfirst'));
        },
        { skipInitialization: false },
      ),
      editor.registerMutationListener(
        BriefClaimNode,
        (mutations) => {
          editor.read(() => {
            for (const [key, type] of mutations) {
              if (type === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const review = node instanceof BriefClaimNode && node.isMarkedForReview();
              dress(key, (el) => {
                el.classList.toggle('brief-review', review);
                if (review) el.title = 'Changed by you; the compiled wording has changed since. Review it, then mark it reviewed.';
                else el.removeAttribute('title');
              });
            }
          });
        },
        { skipInitialization: false },
      ),
    ];
    return () => offs.forEach((off) => off());
  }, [editor]);
  return null;
}
