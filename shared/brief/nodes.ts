import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { BriefClaimNode } from './BriefClaimNode';
import { BriefSectionNode } from './BriefSectionNode';
import { BriefStandfirstNode } from './BriefStandfirstNode';
import { CitationNode } from './CitationNode';

/** Every node a brief may hold: the editor, the backend's headless editor and the exporters agree on it. */
export const BRIEF_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  CitationNode,
  BriefClaimNode,
  BriefStandfirstNode,
  BriefSectionNode,
];

/** The Lexical namespace of the brief editor, headless or not. */
export const BRIEF_NAMESPACE = 'copydesk-brief';
