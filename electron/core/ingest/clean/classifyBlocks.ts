/**
 * The cleaner for plain-text articles (design.md, Analysis pipeline, step 1): every non-empty
 * line becomes a block labelled body, caption, title, byline or boilerplate, with the reason
 * for anything that is not body. Nothing is deleted here: the labels let the caller record
 * each removal and restore it.
 *
 * Line rules judge each line alone; context rules then look at position and neighbours
 * (the headline at the top, the author box at the end, lists under a "Related stories:" marker,
 * repeats). Where a rule is unsure it leaves the line as body: losing a line of the story is
 * worse than keeping a line of junk.
 */
import type { Block } from '../types';
import { splitLines } from './lines';
import { markAuthorBox, markBioSentences } from './rules/authorBio';
import { markByline } from './rules/byline';
import { isDateline } from './rules/dateline';
import { LINE_RULES } from './rules/lineRules';
import { photoCreditOrCaption } from './rules/photoCredits';
import { markHeadlineLists, relatedMarker } from './rules/relatedLinks';
import { markRepeatedParagraphs } from './rules/repeatedParagraphs';
import { markTitle } from './rules/title';

export interface ClassifyOptions {
  /** Lines the extractor already knows are captions (e.g. an HTML figcaption), by exact text. */
  captions?: string[];
}

export function classifyBlocks(text: string, options: ClassifyOptions = {}): Block[] {
  const lines = splitLines(text);
  // The rules read a copy of each line with long whitespace runs shortened: a line padded with
  // thousands of spaces would otherwise make some patterns backtrack for seconds. Two spaces
  // are kept because a double space can separate a marker from its link ("See also  …").
  const blocks = lines.map((line) => ({ ...line, text: line.text.replace(/\s{3,}/gu, '  ') }));
  const knownCaptions = new Set((options.captions ?? []).map((caption) => caption.trim().replace(/\s{3,}/gu, '  ')));
  const bareMarkers = new Set<number>();

  blocks.forEach((block, index) => {
    if (knownCaptions.has(block.text)) {
      setLabel(block, 'caption');
      return;
    }
    // The first paragraph of wire copy opens with a dateline; whatever else it contains, it is story.
    if (isDateline(block.text)) return;
    for (const rule of LINE_RULES) {
      const reason = rule(block.text);
      if (reason) {
        setLabel(block, reason);
        return;
      }
    }
    const marker = relatedMarker(block.text);
    if (marker) {
      setLabel(block, marker.reason);
      if (marker.bare) bareMarkers.add(index);
      return;
    }
    const picture = photoCreditOrCaption(block.text);
    if (picture) setLabel(block, picture);
  });

  markTitle(blocks);
  markByline(blocks);
  markHeadlineLists(blocks, bareMarkers);
  markBioSentences(blocks);
  markAuthorBox(blocks);
  markRepeatedParagraphs(blocks);
  return lines.map((line, index) => {
    const verdict = blocks[index];
    return verdict ? { ...line, label: verdict.label, reason: verdict.reason } : line;
  });
}

/** Captions are kept with their own label; every other line-rule reason removes the block. */
function setLabel(block: Block, reason: NonNullable<Block['reason']>): void {
  block.label = reason === 'caption' ? 'caption' : 'boilerplate';
  block.reason = reason;
}
