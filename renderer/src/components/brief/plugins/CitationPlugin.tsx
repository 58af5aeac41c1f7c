import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $isCitationNode } from '../../../../../shared/brief/CitationNode';
import type { Excerpt } from '../../../../../shared/domain/analysis';

interface Shown {
  excerpts: Excerpt[];
  top: number;
  left: number;
}

interface Props {
  sourceName(id: number): string;
  onJump(excerpt: Excerpt): void;
}

/** Hovering a citation chip shows the cited excerpts; clicking one (or the chip) opens it in its source. */
export function CitationPlugin({ sourceName, onJump }: Props) {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const jump = useRef(onJump);
  useEffect(() => {
    jump.current = onJump;
  }, [onJump]);

  useEffect(() => {
    const excerptsAt = (target: EventTarget | null): { excerpts: Excerpt[]; el: HTMLElement } | null => {
      const el = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-citation]') : null;
      if (!el) return null;
      const excerpts = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(el);
        return $isCitationNode(node) ? node.getExcerpts() : null;
      });
      return excerpts ? { excerpts, el } : null;
    };
    const over = (event: MouseEvent) => {
      const hit = excerptsAt(event.target);
      if (!hit) return;
      clearTimeout(hideTimer.current);
      const box = hit.el.getBoundingClientRect();
      setShown({ excerpts: hit.excerpts, top: box.bottom + 6, left: Math.max(8, Math.min(box.left, window.innerWidth - 440)) });
    };
    const out = (event: MouseEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('[data-citation]')) hideTimer.current = setTimeout(() => setShown(null), 350);
    };
    const click = (event: MouseEvent) => {
      const hit = excerptsAt(event.target);
      if (hit?.excerpts[0] && (event.ctrlKey || event.metaKey || event.altKey)) jump.current(hit.excerpts[0]);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mouseover', over);
      previous?.removeEventListener('mouseout', out);
      previous?.removeEventListener('click', click);
      root?.addEventListener('mouseover', over);
      root?.addEventListener('mouseout', out);
      root?.addEventListener('click', click);
    });
  }, [editor]);

  if (!shown) return null;
  return (
    <div
      className="citation-popover"
      role="dialog"
      aria-label="Cited excerpts"
      style={{ top: shown.top, left: shown.left }}
      onMouseEnter={() => clearTimeout(hideTimer.current)}
      onMouseLeave={() => setShown(null)}
    >
      <ul>
        {shown.excerpts.map((e) => (
          <li key={`${e.sourceId}:${e.start}`}>
            <button type="button" className="link-button" onClick={() => onJump(e)}>
              {sourceName(e.sourceId)}
            </button>
            <q>{e.quote}</q>
          </li>
        ))}
      </ul>
      <p className="hint">Click a source to open the sentence there (or Ctrl+click the chip).</p>
    </div>
  );
}
