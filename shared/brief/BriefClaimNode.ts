import { ParagraphNode, type LexicalNode, type NodeKey, type SerializedParagraphNode, type Spread } from 'lexical';

export type SerializedBriefClaimNode = Spread<{ type: 'brief-claim'; claimId: string; generatedText: string; review: boolean }, SerializedParagraphNode>;

/**
 * A body paragraph compiled from one claim. It remembers the text compile wrote, so a recompile
 * can tell an untouched paragraph (replaced by the new wording) from one the editor changed (kept,
 * and marked for review when the claim's compiled wording moved on).
 */
export class BriefClaimNode extends ParagraphNode {
  __claimId: string;
  __generatedText: string;
  __review: boolean;

  static override getType(): string {
    return 'brief-claim';
  }

  static override clone(node: BriefClaimNode): BriefClaimNode {
    return new BriefClaimNode(node.__claimId, node.__generatedText, node.__review, node.__key);
  }

  constructor(claimId = '', generatedText = '', review = false, key?: NodeKey) {
    super(key);
    this.__claimId = claimId;
    this.__generatedText = generatedText;
    this.__review = review;
  }

  static override importJSON(json: SerializedBriefClaimNode): BriefClaimNode {
    return $createBriefClaimNode(json.claimId, json.generatedText, json.review).updateFromJSON(json);
  }

  override exportJSON(): SerializedBriefClaimNode {
    const self = this.getLatest();
    return { ...super.exportJSON(), type: 'brief-claim', claimId: self.__claimId, generatedText: self.__generatedText, review: self.__review };
  }

  getClaimId(): string {
    return this.getLatest().__claimId;
  }

  getGeneratedText(): string {
    return this.getLatest().__generatedText;
  }

  isMarkedForReview(): boolean {
    return this.getLatest().__review;
  }

  setReview(review: boolean): this {
    const writable = this.getWritable();
    writable.__review = review;
    return writable;
  }
}

export function $createBriefClaimNode(claimId: string, generatedText: string, review = false): BriefClaimNode {
  return new BriefClaimNode(claimId, generatedText, review);
}

export function $isBriefClaimNode(node: LexicalNode | null | undefined): node is BriefClaimNode {
  return node instanceof BriefClaimNode;
}
