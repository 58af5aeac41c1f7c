/**
 * The brief without a screen: a headless Lexical editor with the brief's nodes, so the backend can
 * load, validate, build and export briefs exactly as the desk's editor would read them.
 */
import { createEditor, type LexicalEditor } from 'lexical';
import { AppError } from '../../../shared/api/errors';
import type { BriefDocument } from '../../../shared/brief/document';
import { BRIEF_NAMESPACE, BRIEF_NODES } from '../../../shared/brief/nodes';

/**
 * A Lexical editor never given a root element: it reads, validates and builds states without a DOM.
 * (@lexical/headless does the same with DOM stubs, but its types pull a whole DOM implementation
 * into the backend's type-check.)
 */
export function createBriefEditor(): LexicalEditor {
  return createEditor({
    namespace: BRIEF_NAMESPACE,
    nodes: [...BRIEF_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Builds a brief with `$build` (runs inside editor.update) and returns its JSON. */
export function buildBrief($build: () => void): BriefDocument {
  const editor = createBriefEditor();
  editor.update($build, { discrete: true });
  return editor.getEditorState().toJSON() as unknown as BriefDocument;
}

/**
 * Reads a brief as the editor would and returns it normalised (every node re-serialised by its
 * class). Anything Lexical cannot read — an unknown node type, a malformed tree — is INVALID_INPUT.
 */
export function parseBriefDocument(json: unknown): BriefDocument {
  if (typeof json !== 'object' || json === null || !('root' in json)) {
    throw new AppError('INVALID_INPUT', 'The brief could not be read: it has no root.');
  }
  const editor = createBriefEditor();
  try {
    const state = editor.parseEditorState(JSON.stringify(json));
    return state.toJSON() as unknown as BriefDocument;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('INVALID_INPUT', `The brief could not be read: ${reason}`);
  }
}
