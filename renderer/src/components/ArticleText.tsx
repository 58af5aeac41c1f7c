import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { useEffect } from 'react';
import { paragraphs } from '../format';

const THEME = { paragraph: 'reader-paragraph' };

/** Replaces the document with the article's paragraphs, as ParagraphNodes of TextNodes. */
function $setArticle(text: string): void {
  const root = $getRoot();
  root.clear();
  for (const paragraph of paragraphs(text)) root.append($createParagraphNode().append($createTextNode(paragraph)));
}

/** Keeps the read-only document in step with the text (another source, a restored block). */
function ArticleSyncPlugin({ text }: { text: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => $setArticle(text));
  }, [editor, text]);
  return null;
}

/**
 * An article's cleaned text in a read-only Lexical view: article text can only ever be text,
 * never markup. (The review issue adds highlights and annotations as marks on these nodes.)
 */
export function ArticleText({ text }: { text: string }) {
  const initialConfig: InitialConfigType = {
    namespace: 'copydesk-reader',
    editable: false,
    theme: THEME,
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin contentEditable={<ContentEditable className="reader-text" aria-label="Article text" aria-readonly="true" />} ErrorBoundary={LexicalErrorBoundary} />
      <ArticleSyncPlugin text={text} />
    </LexicalComposer>
  );
}
