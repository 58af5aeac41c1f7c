import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { briefWordCount, type BriefDocument } from '../../../../shared/brief/document';
import { BRIEF_NAMESPACE, BRIEF_NODES } from '../../../../shared/brief/nodes';
import type { Excerpt } from '../../../../shared/domain/analysis';
import type { BriefState } from '../../../../shared/domain/brief';
import { BRIEF_THEME } from './briefTheme';
import { AutosavePlugin, type SaveStatus } from './plugins/AutosavePlugin';
import { CitationPlugin } from './plugins/CitationPlugin';
import { NodeClassesPlugin } from './plugins/NodeClassesPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

const SAFE_LINK = (url: string) => /^(https?:\/\/|mailto:)\S+$/i.test(url);

/** Keeps the word count current, a beat after typing stops. */
function WordCountPlugin({ onCount }: { onCount(words: number): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => onCount(briefWordCount(editor.getEditorState().toJSON() as unknown as BriefDocument));
    count();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(count, 250);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [editor, onCount]);
  return null;
}

interface Props {
  document: BriefDocument;
  version: number;
  readOnly: boolean;
  sourceName(id: number): string;
  onJump(excerpt: Excerpt): void;
  onStatus(status: SaveStatus, message?: string): void;
  onSaved(state: BriefState): void;
  onSaving(promise: Promise<unknown>): void;
  keepMineRef?: { current: (() => void) | null };
  flushRef?: { current: (() => Promise<void>) | null };
}

/** The brief in a rich-text editor: what the editor types is saved as they go. */
export function BriefEditor({ document, version, readOnly, sourceName, onJump, onStatus, onSaved, onSaving, keepMineRef, flushRef }: Props) {
  const [words, setWords] = useState(0);
  const initialConfig: InitialConfigType = {
    namespace: BRIEF_NAMESPACE,
    nodes: [...BRIEF_NODES],
    theme: BRIEF_THEME,
    editable: !readOnly,
    editorState: JSON.stringify(document),
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="brief-editor">
      {!readOnly && <ToolbarPlugin />}
      <div className="brief-page">
        <RichTextPlugin
          contentEditable={<ContentEditable className="brief-text" aria-label="Brief text" aria-multiline="true" spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={SAFE_LINK} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <NodeClassesPlugin />
      <CitationPlugin sourceName={sourceName} onJump={onJump} />
      <WordCountPlugin onCount={setWords} />
      {!readOnly && <AutosavePlugin baseVersion={version} onStatus={onStatus} onSaved={onSaved} onSaving={onSaving} keepMineRef={keepMineRef} flushRef={flushRef} />}
      <p className="brief-words" aria-live="off">
        {words.toLocaleString('en-GB')} {words === 1 ? 'word' : 'words'}
      </p>
      </div>
    </LexicalComposer>
  );
}
