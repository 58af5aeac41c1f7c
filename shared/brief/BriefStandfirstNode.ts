import { ParagraphNode, type LexicalNode, type SerializedParagraphNode, type Spread } from 'lexical';

export type SerializedBriefStandfirstNode = Spread<{ type: 'brief-standfirst' }, SerializedParagraphNode>;

/** The standfirst under the headline: one paragraph, the editor's to write. */
export class BriefStandfirstNode extends ParagraphNode {
  static override getType(): string {
    return 'brief-standfirst';
  }

  static override clone(node: BriefStandfirstNode): BriefStandfirstNode {
    return new BriefStandfirstNode(node.__key);
  }

  static override importJSON(json: SerializedBriefStandfirstNode): BriefStandfirstNode {
    return $createBriefStandfirstNode().updateFromJSON(json);
  }

  override exportJSON(): SerializedBriefStandfirstNode {
    return { ...super.exportJSON(), type: 'brief-standfirst' };
  }
}

export function $createBriefStandfirstNode(): BriefStandfirstNode {
  return new BriefStandfirstNode();
}

export function $isBriefStandfirstNode(node: LexicalNode | null | undefined): node is BriefStandfirstNode {
  return node instanceof BriefStandfirstNode;
}
