/**
 * Recompiling without losing the editor's work. The fresh compile is merged into the brief the
 * editor has, node by node in JSON:
 *  - the headline stays as the editor left it; the standfirst too, once the editor has rewritten it;
 *  - a compiled paragraph the editor never touched takes the new wording; one the editor changed
 *    is kept, and marked for review when the compiled wording of its claim has moved on (or its
 *    claim is gone);
 *  - paragraphs the editor wrote stay where they were, after the same compiled paragraph;
 *  - the generated sections (set-apart claims, corrections, sources) are rebuilt, keeping the
 *    editor's heading wording and any paragraphs the editor added to them.
 */
import { briefPlainText, type BriefDocument, type SerializedBriefNode } from '../../../shared/brief/document';

const GENERATED_IN_SECTIONS = new Set(['list', 'table']);

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a compiled paragraph without its citation chips. */
function paragraphText(node: SerializedBriefNode): string {
  return normalise(briefPlainText({ root: { type: 'root', children: [node] } }));
}

function isEdited(node: SerializedBriefNode): boolean {
  return paragraphText(node) !== normalise(String(node.generatedText ?? ''));
}

interface Parts {
  headline: SerializedBriefNode | null;
  standfirst: SerializedBriefNode | null;
  body: SerializedBriefNode[];
  sections: Map<string, { heading: SerializedBriefNode; content: SerializedBriefNode[] }>;
}

function split(doc: BriefDocument): Parts {
  const parts: Parts = { headline: null, standfirst: null, body: [], sections: new Map() };
  let section: string | null = null;
  for (const node of doc.root.children) {
    if (node.type === 'brief-section') {
      section = String(node.section);
      if (!parts.sections.has(section)) parts.sections.set(section, { heading: node, content: [] });
      else parts.sections.get(section)!.content.push(node);
    } else if (section !== null) {
      parts.sections.get(section)!.content.push(node);
    } else if (node.type === 'heading' && node.tag === 'h1' && parts.headline === null && parts.body.length === 0) {
      parts.headline = node;
    } else if (node.type === 'brief-standfirst' && parts.standfirst === null) {
      parts.standfirst = node;
    } else {
      parts.body.push(node);
    }
  }
  return parts;
}

export interface MergeResult {
  document: BriefDocument;
  /** Compiled paragraphs the editor changed that now need a look. */
  markedForReview: number;
  keptEdits: number;
}

export function mergeBrief(previous: BriefDocument, fresh: BriefDocument): MergeResult {
  const old = split(previous);
  const next = split(fresh);
  const freshClaims = new Map(next.body.filter((n) => n.type === 'brief-claim').map((n) => [String(n.claimId), n]));

  // Walk the old body: what the editor owns hangs after the last compiled paragraph that survives.
  const edited = new Map<string, SerializedBriefNode>();
  const after = new Map<string | null, SerializedBriefNode[]>();
  let anchor: string | null = null;
  let markedForReview = 0;
  const hang = (node: SerializedBriefNode) => after.set(anchor, [...(after.get(anchor) ?? []), node]);
  for (const node of old.body) {
    if (node.type !== 'brief-claim') {
      hang(node);
      continue;
    }
    const id = String(node.claimId);
    const counterpart = freshClaims.get(id);
    if (!isEdited(node)) {
      if (counterpart) anchor = id;
      continue; // untouched: the fresh wording replaces it (or it goes with its claim)
    }
    const moved = !counterpart || normalise(String(counterpart.generatedText)) !== normalise(String(node.generatedText));
    const kept: SerializedBriefNode = { ...node, review: node.review === true || moved, generatedText: counterpart ? counterpart.generatedText : node.generatedText };
    if (kept.review && !node.review) markedForReview += 1;
    if (counterpart) {
      edited.set(id, kept);
      anchor = id;
    } else {
      hang(kept);
    }
  }

  const children: SerializedBriefNode[] = [];
  // The standfirst follows the compile until the editor rewrites it (then it is theirs).
  const standfirst = old.standfirst && isEdited(old.standfirst) ? old.standfirst : next.standfirst!;
  children.push(old.headline ?? next.headline!, standfirst);
  children.push(...(after.get(null) ?? []));
  for (const node of next.body) {
    const id = node.type === 'brief-claim' ? String(node.claimId) : null;
    children.push(id !== null ? (edited.get(id) ?? node) : node);
    if (id !== null) children.push(...(after.get(id) ?? []));
  }
  for (const [name, section] of next.sections) {
    const mine = old.sections.get(name);
    children.push(mine?.heading ?? section.heading, ...section.content, ...(mine?.content.filter((n) => !GENERATED_IN_SECTIONS.has(n.type)) ?? []));
  }
  return { document: { root: { ...fresh.root, children: children.filter(Boolean) } }, markedForReview, keptEdits: edited.size + [...after.values()].flat().length };
}
