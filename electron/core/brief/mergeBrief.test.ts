import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createBriefClaimNode } from '../../../shared/brief/BriefClaimNode';
import { $createBriefSectionNode } from '../../../shared/brief/BriefSectionNode';
import { $createBriefStandfirstNode } from '../../../shared/brief/BriefStandfirstNode';
import { $createCitationNode } from '../../../shared/brief/CitationNode';
import { briefPlainText, type BriefDocument } from '../../../shared/brief/document';
import { buildBrief } from './headless';
import { mergeBrief } from './mergeBrief';

/** A compiled brief: claims as [id, text]; a set-apart list item. */
const compiled = (claims: Array<[string, string]>, apart = 'A lone claim.') =>
  buildBrief(() => {
    const root = $getRoot();
    root.append($createHeadingNode('h1').append($createTextNode('Headline')), $createBriefStandfirstNode('Standfirst.').append($createTextNode('Standfirst.')));
    for (const [id, text] of claims) root.append($createBriefClaimNode(id, text).append($createTextNode(`${text} `), $createCitationNode('[A; B]', [1, 2], [])));
    root.append($createBriefSectionNode('single-source').append($createTextNode('Single-source claims')), $createListNode('bullet').append($createListItemNode().append($createTextNode(apart))));
  });

const lines = (doc: BriefDocument) => briefPlainText(doc).split('\n');

/** Replaces the text of the n-th compiled paragraph, as an editor typing would. */
function edit(doc: BriefDocument, claimId: string, text: string): BriefDocument {
  const copy = structuredClone(doc);
  const node = copy.root.children.find((n) => n.claimId === claimId)!;
  node.children![0] = { ...node.children![0]!, text };
  return copy;
}

describe('recompiling keeps the editor’s work', () => {
  it('takes new wording for untouched paragraphs and drops those whose claim is gone', () => {
    const merged = mergeBrief(compiled([['a', 'One.'], ['b', 'Two.']]), compiled([['a', 'One, reworded.'], ['c', 'Three.']]));
    expect(lines(merged.document)).toEqual(['Headline', 'Standfirst.', 'One, reworded.', 'Three.', 'Single-source claims', 'A lone claim.']);
    expect(merged.markedForReview).toBe(0);
  });

  it('keeps an edited paragraph, marking it for review only when the compiled wording moved on', () => {
    const mine = edit(compiled([['a', 'One.'], ['b', 'Two.']]), 'b', 'Two, as the editor put it. ');
    const same = mergeBrief(mine, compiled([['a', 'One.'], ['b', 'Two.']]));
    expect(lines(same.document)).toContain('Two, as the editor put it.');
    expect(same.document.root.children.find((n) => n.claimId === 'b')!.review).toBe(false);
    const moved = mergeBrief(mine, compiled([['a', 'One.'], ['b', 'Two, corrected.']]));
    const kept = moved.document.root.children.find((n) => n.claimId === 'b')!;
    expect(kept).toMatchObject({ review: true, generatedText: 'Two, corrected.' });
    expect(moved.markedForReview).toBe(1);
    const gone = mergeBrief(mine, compiled([['a', 'One.']]));
    expect(lines(gone.document)).toContain('Two, as the editor put it.');
    expect(gone.document.root.children.find((n) => n.claimId === 'b')!.review).toBe(true);
  });

  it('keeps hand-written paragraphs after the compiled paragraph they followed, and the headline', () => {
    const mine = structuredClone(compiled([['a', 'One.'], ['b', 'Two.']]));
    const note = buildBrief(() => $getRoot().append($createParagraphNode().append($createTextNode('My note.')))).root.children[0]!;
    mine.root.children.splice(3, 0, note); // after claim a
    mine.root.children[0]!.children![0]!.text = 'My headline';
    const merged = mergeBrief(mine, compiled([['b', 'Two.'], ['a', 'One!']], 'Another lone claim.'));
    expect(lines(merged.document)).toEqual(['My headline', 'Standfirst.', 'Two.', 'One!', 'My note.', 'Single-source claims', 'Another lone claim.']);
  });
});
