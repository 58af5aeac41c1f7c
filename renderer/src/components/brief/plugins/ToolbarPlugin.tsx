import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { $isBriefClaimNode } from '../../../../../shared/brief/BriefClaimNode';

type Block = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

interface Format {
  block: Block;
  bold: boolean;
  italic: boolean;
  link: string | null;
  review: boolean;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

/** Headings, emphasis, lists, quotes, links, undo and redo — and "mark reviewed" for a flagged paragraph. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<Format>({ block: 'paragraph', bold: false, italic: false, link: null, review: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  const read = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    const list = $findMatchingParent(anchor, (n: LexicalNode) => $isListNode(n));
    const block: Block = $isListNode(list) ? (list.getListType() === 'number' ? 'number' : 'bullet') : $isHeadingNode(top) && (top.getTag() === 'h2' || top.getTag() === 'h3') ? top.getTag() as 'h2' | 'h3' : $isQuoteNode(top) ? 'quote' : 'paragraph';
    const link = $findMatchingParent(anchor, (n: LexicalNode) => $isLinkNode(n));
    setFormat({ block, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), link: $isLinkNode(link) ? link.getURL() : null, review: $isBriefClaimNode(top) && top.isMarkedForReview() });
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(read)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (read(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, read],
  );

  const setBlock = (block: Block) => {
    if (block === 'bullet' || block === 'number') {
      editor.dispatchCommand(format.block === block ? REMOVE_LIST_COMMAND : block === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    if (format.block === 'bullet' || format.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () => (block === 'paragraph' ? $createParagraphNode() : block === 'quote' ? $createQuoteNode() : $createHeadingNode(block)));
    });
  };

  const applyLink = () => {
    const url = (linkDraft ?? '').trim();
    if (url !== '' && !SAFE_LINK.test(url)) {
      setLinkError('Links must start with http://, https:// or mailto:.');
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url === '' ? null : url);
    setLinkDraft(null);
    setLinkError(null);
    editor.focus();
  };

  const markReviewed = () =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const top = selection.anchor.getNode().getTopLevelElement();
      if ($isBriefClaimNode(top)) top.setReview(false);
    });

  const blockOptions = format.block === 'bullet' || format.block === 'number' ? 'paragraph' : format.block;
  return (
    <div className="brief-toolbar" role="toolbar" aria-label="Formatting">
      <button type="button" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
        ↶
      </button>
      <button type="button" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
        ↷
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <label className="visually-hidden" htmlFor="brief-block-type">
        Block type
      </label>
      <select id="brief-block-type" value={blockOptions} onChange={(e) => setBlock(e.target.value as Block)}>
        <option value="paragraph">Paragraph</option>
        <option value="h2">Heading</option>
        <option value="h3">Subheading</option>
        <option value="quote">Quote</option>
      </select>
      <button type="button" aria-pressed={format.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} aria-label="Bold" title="Bold (Ctrl+B)">
        <b>B</b>
      </button>
      <button type="button" aria-pressed={format.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} aria-label="Italic" title="Italic (Ctrl+I)">
        <i>I</i>
      </button>
      <button type="button" aria-pressed={format.block === 'bullet'} onClick={() => setBlock('bullet')} aria-label="Bulleted list">
        • List
      </button>
      <button type="button" aria-pressed={format.block === 'number'} onClick={() => setBlock('number')} aria-label="Numbered list">
        1. List
      </button>
      <button type="button" aria-pressed={format.link !== null} onClick={() => setLinkDraft(format.link ?? 'https://')} aria-label="Link">
        Link
      </button>
      {linkDraft !== null && (
        <span className="link-editor">
          <label className="visually-hidden" htmlFor="brief-link-url">
            Link address
          </label>
          <input
            id="brief-link-url"
            autoFocus
            value={linkDraft}
            onChange={(e) => setLinkDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyLink();
              if (e.key === 'Escape') setLinkDraft(null);
            }}
            aria-invalid={linkError !== null}
            aria-describedby={linkError ? 'brief-link-error' : undefined}
          />
          <button type="button" onClick={applyLink}>
            {linkDraft.trim() === '' ? 'Remove link' : 'Apply'}
          </button>
          {linkError && (
            <span id="brief-link-error" role="alert" className="field-error">
              {linkError}
            </span>
          )}
        </span>
      )}
      {format.review && (
        <button type="button" className="review-button" onClick={markReviewed}>
          Mark reviewed
        </button>
      )}
    </div>
  );
}
