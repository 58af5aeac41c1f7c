import { ParagraphNode, type LexicalNode, type NodeKey, type SerializedParagraphNode, type Spread } from 'lexical';

export type SerializedBriefStandfirstNode = Spread<{ type: 'brief-standfirst'; generatedText?: string }, SerializedParagraphNode>;

/**
 * The standfirst under the headline: compiled as a summary of the sources and corrections, the
 * editor's to rewrite. It remembers what compile wrote, so a recompile updates it only while the
 * editor has not changed it.
 */
export class BriefStandfirstNode extends ParagraphNode {
  __generatedText: string;

  static override getType(): string {
    return 'brief-standfirst';
  }

  static override clone(node: BriefStandfirstNode): BriefStandfirstNode {
    return new BriefStandfirstNode(node.__generatedText, node.__key);
  }

  constructor(generatedText = '', key?: NodeKey) {
    super(key);
    this.__generatedText = generatedText;
  }

  static override importJSON(json: SerializedBriefStandfirstNode): BriefStandfirstNode {
    return $createBriefStandfirstNode(json.generatedText ?? '').updateFromJSON(json);
  }

  override exportJSON(): SerializedBriefStandfirstNode {
    return { ...super.exportJSON(), type: 'brief-standfirst', generatedText: this.getLatest().__generatedText };
  }
}

export function $createBriefStandfirstNode(generatedText = ''): BriefStandfirstNode {
  return new BriefStandfirstNode(generatedText);
}

export function $isBriefStandfirstNode(node: LexicalNode | null | undefined): node is BriefStandfirstNode {
  return node instanceof BriefStandfirstNode;
}
