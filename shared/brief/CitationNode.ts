import { TextNode, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';
import type { Excerpt } from '../domain/analysis';

export type SerializedCitationNode = Spread<{ type: 'citation'; sourceIds: number[]; excerpts: Excerpt[] }, SerializedTextNode>;

/**
 * A citation chip at the end of a sentence: the sources that support it and the excerpts cited.
 * Its text is only a label (the outlets' names); it is a token, so it is deleted whole and text
 * typed beside it never joins it. The renderer styles it and shows the excerpts on hover.
 */
export class CitationNode extends TextNode {
  __sourceIds: number[];
  __excerpts: Excerpt[];

  static override getType(): string {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__text, node.__sourceIds, node.__excerpts, node.__key);
  }

  constructor(label = '', sourceIds: number[] = [], excerpts: Excerpt[] = [], key?: NodeKey) {
    super(label, key);
    this.__sourceIds = sourceIds;
    this.__excerpts = excerpts;
  }

  static override importJSON(json: SerializedCitationNode): CitationNode {
    return $createCitationNode(json.text, json.sourceIds, json.excerpts).updateFromJSON(json);
  }

  override exportJSON(): SerializedCitationNode {
    const self = this.getLatest();
    return { ...super.exportJSON(), type: 'citation', sourceIds: [...self.__sourceIds], excerpts: self.__excerpts.map((e) => ({ ...e })) };
  }

  getSourceIds(): number[] {
    return [...this.getLatest().__sourceIds];
  }

  getExcerpts(): Excerpt[] {
    return this.getLatest().__excerpts.map((e) => ({ ...e }));
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createCitationNode(label: string, sourceIds: number[], excerpts: Excerpt[]): CitationNode {
  return new CitationNode(label, sourceIds, excerpts).setMode('token');
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
