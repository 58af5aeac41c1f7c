import { HeadingNode, type SerializedHeadingNode } from '@lexical/rich-text';
import type { LexicalNode, NodeKey, Spread } from 'lexical';

/** The sections compile rebuilds from the analysis and decisions. */
export type BriefSection = 'single-source' | 'corrections' | 'sources';

export type SerializedBriefSectionNode = Spread<{ type: 'brief-section'; section: BriefSection }, SerializedHeadingNode>;

/**
 * The heading of a generated section. It knows which section it opens, so the editor may retitle
 * it and a recompile still finds it.
 */
export class BriefSectionNode extends HeadingNode {
  __section: BriefSection;

  static override getType(): string {
    return 'brief-section';
  }

  static override clone(node: BriefSectionNode): BriefSectionNode {
    return new BriefSectionNode(node.__section, node.__key);
  }

  constructor(section: BriefSection = 'sources', key?: NodeKey) {
    super('h2', key);
    this.__section = section;
  }

  static override importJSON(json: SerializedBriefSectionNode): BriefSectionNode {
    return $createBriefSectionNode(json.section).updateFromJSON(json);
  }

  override exportJSON(): SerializedBriefSectionNode {
    return { ...super.exportJSON(), type: 'brief-section', section: this.getLatest().__section };
  }

  getSection(): BriefSection {
    return this.getLatest().__section;
  }
}

export function $createBriefSectionNode(section: BriefSection): BriefSectionNode {
  return new BriefSectionNode(section);
}

export function $isBriefSectionNode(node: LexicalNode | null | undefined): node is BriefSectionNode {
  return node instanceof BriefSectionNode;
}
