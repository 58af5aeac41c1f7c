import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot } from 'lexical';
import { useEffect, useRef } from 'react';
import { markId, parseMarkId, segmentParagraphs, type Highlight } from '../annotations/highlights';

const THEME = { paragraph: 'reader-paragraph', mark: 'reader-mark' };

/**
 * Replaces the document with the article's paragraphs: TextNodes, and MarkNodes around the
 * passages that highlights cover (each mark's ids name every highlight over it).
 */
function $setArticle(text: string, highlights: Highlight[]): void {
  const root = $getRoot();
  root.clear();
  for (const { segments } of segmentParagraphs(text, highlights)) {
    const paragraph = $createParagraphNode();
    for (const segment of segments) {
      const node = $createTextNode(segment.text);
      paragraph.append(segment.highlights.length > 0 ? $createMarkNode(segment.highlights.map(markId)).append(node) : node);
    }
    root.append(paragraph);
  }
}

/**
 * Keeps the read-only document in step with the text and its highlights. Rebuilding replaces the
 * DOM (and with it the reader's selection), so it happens only when what is shown changes, not
 * whenever an equal list of highlights arrives.
 */
function ArticleSyncPlugin({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const key = `${highlights.map((h) => `${markId(h)}@${h.start}-${h.end}`).join(',')}\n${text}`;
    if (key === shown.current) return;
    shown.current = key;
    editor.update(() => $setArticle(text, highlights));
  }, [editor, text, highlights]);
  return null;
}

/**
 * Gives each mark's element what the reader needs: classes by kind, the ids it covers as data
 * attributes, and, for discrepancy excerpts, keyboard focus and a button role (Enter focuses the
 * discrepancy). Attributes only: the text stays Lexical's TextNodes.
 */
function decorate(element: HTMLElement, ids: string[]): void {
  const parsed = ids.map(parseMarkId).filter((p) => p !== null);
  const discrepancies = parsed.filter((p) => p.type === 'discrepancy');
  const annotations = parsed.filter((p) => p.type === 'annotation');
  element.className = 'reader-mark';
  if (discrepancies.length > 0) {
    element.classList.add('mark-discrepancy', `kind-${discrepancies[0]!.kind}`);
    element.dataset.discrepancies = discrepancies.map((d) => d.id).join(' ');
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
  }
  if (annotations.length > 0) {
    element.classList.add('mark-annotation', `note-${annotations[0]!.kind}`);
    element.dataset.annotations = annotations.map((a) => a.id).join(' ');
  }
}

function MarkDecorationPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if ($isMarkNode(node) && element) decorate(element, node.getIDs());
          }
        });
      }),
    [editor],
  );
  return null;
}

/**
 * An article's cleaned text in a read-only Lexical view, with highlights as MarkNodes: article
 * text can only ever be text, never markup.
 */
export function ArticleText({ text, highlights = NO_HIGHLIGHTS }: { text: string; highlights?: Highlight[] }) {
  const initialConfig: InitialConfigType = {
    namespace: 'copydesk-reader',
    editable: false,
    theme: THEME,
    nodes: [MarkNode],
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin contentEditable={<ContentEditable className="reader-text" aria-label="Article text" aria-readonly="true" />} ErrorBoundary={LexicalErrorBoundary} />
      <MarkDecorationPlugin />
      <ArticleSyncPlugin text={text} highlights={highlights} />
    </LexicalComposer>
  );
}

const NO_HIGHLIGHTS: Highlight[] = [];
