import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import type { SourceDetail, SourceSummary } from '../../../shared/domain/source';
import { ArticleText } from '../components/ArticleText';
import { useAnalysis } from '../useAnalysis';
import { toErrorInfo } from '../useDesk';
import { AnnotationDialog, type AnnotationForm } from './AnnotationDialog';
import { AnnotationList } from './AnnotationList';
import { HighlightLegend } from './HighlightLegend';
import { HighlightTooltip, TOOLTIP_ID } from './HighlightTooltip';
import { annotationHighlights, discrepancyHighlights } from './highlights';
import { DISCREPANCY_KIND_LABEL } from './kindLabels';
import { selectionOffsets } from './selectionOffsets';
import { useUndoStack } from '../undo/UndoContext';
import { useAnnotations } from './useAnnotations';

const shorten = (quote: string) => (quote.length > 40 ? `${quote.slice(0, 39).trimEnd()}…` : quote);

interface Props {
  source: SourceDetail;
  sources: SourceSummary[];
  readOnly: boolean;
  onFocusDiscrepancy?(id: string): void;
}

type Passage = { start: number; end: number; quote: string };
type DialogTarget = { quote: string; passage: Passage | null; annotation: Annotation | null };

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-discrepancies]') : null);

/**
 * The reader's text with its highlights (the analysis' excerpts, coloured by kind, and the
 * editor's annotations), the variants on hover or focus, and annotating: select words, press A
 * or the Annotate button. The source's annotations are listed under the text.
 */
export function AnnotatedArticle({ source, sources, readOnly, onFocusDiscrepancy }: Props) {
  const { report } = useAnalysis();
  const notes = useAnnotations(source.id);
  const undo = useUndoStack();
  const wrapper = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<(Passage & { rect: DOMRect }) | null>(null);
  const [dialog, setDialog] = useState<DialogTarget | null>(null);
  const [hover, setHover] = useState<{ ids: string[]; rect: DOMRect } | null>(null);
  const [status, setStatus] = useState<{ message: string; undo?: Annotation } | null>(null);
  const text = source.text;
  const root = () => wrapper.current?.querySelector<HTMLElement>('.reader-text') ?? null;

  const discrepancyMarks = useMemo(() => discrepancyHighlights(report, source.id, text), [report, source.id, text]);
  const highlights = useMemo(() => [...discrepancyMarks, ...annotationHighlights(notes.placed, text)], [discrepancyMarks, notes.placed, text]);
  const kinds = useMemo(() => [...new Set(discrepancyMarks.map((h) => h.kind))], [discrepancyMarks]);
  const byId = useMemo(() => new Map((report?.discrepancies ?? []).map((d) => [d.id, d])), [report]);
  const linkable = useMemo(() => {
    const all = report?.discrepancies ?? [];
    const here = (d: (typeof all)[number]) => d.variants.some((v) => v.sourceIds.includes(source.id));
    return [...all.filter(here), ...all.filter((d) => !here(d))];
  }, [report, source.id]);
  const sourceName = (id: number) => {
    const s = sources.find((x) => x.id === id);
    return s?.outlet ?? s?.title ?? `Source ${id}`;
  };

  useEffect(() => {
    const track = () => {
      const passage = selectionOffsets(root(), text);
      const range = passage ? window.getSelection()?.getRangeAt(0) : null;
      setSelection(passage && range ? { ...passage, rect: range.getBoundingClientRect() } : null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'a' || event.ctrlKey || event.metaKey || event.altKey || readOnly || typing(event.target)) return;
      const passage = selectionOffsets(root(), text);
      if (!passage) return;
      event.preventDefault();
      setDialog({ quote: passage.quote, passage, annotation: null });
    };
    document.addEventListener('selectionchange', track);
    // The Annotate button follows the selection when the reader scrolls.
    window.addEventListener('scroll', track, true);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', track);
      window.removeEventListener('scroll', track, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [text, readOnly]);

  const save = async (form: AnnotationForm): Promise<string | null> => {
    if (!dialog) return null;
    try {
      const existing = form.link.type === 'existing' ? form.link.id : form.link.type === 'none' ? null : undefined;
      const before = dialog.annotation;
      const patch = { kind: form.kind, comment: form.comment, ...(existing !== undefined ? { discrepancyId: existing } : {}) };
      const saved = before ? await notes.update(before.id, patch) : await notes.create({ sourceId: source.id, ...dialog.passage!, kind: form.kind, comment: form.comment, discrepancyId: existing ?? null });
      // One Ctrl/Cmd+Z for the whole desk: annotations join the decisions' history.
      if (before) {
        undo.push({
          label: 'edited an annotation',
          undo: async () => void (await notes.update(before.id, { kind: before.kind, comment: before.comment, discrepancyId: before.discrepancyId })),
          redo: async () => void (await notes.update(before.id, patch)),
        });
      } else {
        let current = saved;
        undo.push({
          label: `annotated “${shorten(saved.anchor.quote)}”`,
          undo: async () => void (await notes.remove(current.id)),
          redo: async () => void (current = await notes.recreate(current)),
        });
      }
      if (form.link.type === 'new') await notes.createManualDiscrepancy(saved.id, form.link.kind);
      setDialog(null);
      window.getSelection()?.removeAllRanges();
      setStatus({ message: dialog.annotation ? 'Annotation saved.' : 'Annotation added.' });
      return null;
    } catch (cause) {
      return toErrorInfo(cause).message;
    }
  };

  const remove = async (annotation: Annotation) => {
    try {
      const deleted = await notes.remove(annotation.id);
      let current = deleted;
      undo.push({
        label: `deleted the annotation on “${shorten(deleted.anchor.quote)}”`,
        undo: async () => void (current = await notes.recreate(current)),
        redo: async () => void (await notes.remove(current.id)),
      });
      setStatus({ message: 'Annotation deleted.', undo: deleted });
    } catch (cause) {
      setStatus({ message: toErrorInfo(cause).message });
    }
  };
  // The inline Undo is the desk's Ctrl/Cmd+Z: the deletion is the newest entry in its history.
  const undoDelete = async (_annotation: Annotation) => {
    try {
      await undo.undo();
      setStatus({ message: 'Annotation restored.' });
    } catch (cause) {
      setStatus({ message: toErrorInfo(cause).message });
    }
  };
  const show = (annotation: Annotation) =>
    root()
      ?.querySelector(`[data-annotations~="${annotation.id}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });

  const enter = (event: SyntheticEvent) => {
    const mark = markOf(event.target);
    if (!mark) return;
    mark.setAttribute('aria-describedby', TOOLTIP_ID);
    setHover({ ids: (mark.dataset.discrepancies ?? '').split(' '), rect: mark.getBoundingClientRect() });
  };
  const leave = (event: SyntheticEvent) => {
    markOf(event.target)?.removeAttribute('aria-describedby');
    setHover(null);
  };
  const activate = (event: SyntheticEvent) => {
    const id = markOf(event.target)?.dataset.discrepancies?.split(' ')[0];
    if (!id || !window.getSelection()?.isCollapsed) return;
    event.preventDefault();
    onFocusDiscrepancy?.(id);
  };
  const hovered = hover ? hover.ids.map((id) => byId.get(id)).filter((d) => d !== undefined) : [];

  return (
    <div className="annotated-article" ref={wrapper}>
      <HighlightLegend kinds={kinds} annotations={notes.placed.length} />
      {/* Mouse and keyboard reach the marks through these delegated handlers; the marks themselves are focusable buttons. */}
      <div
        onMouseOver={enter}
        onMouseOut={leave}
        onFocus={enter}
        onBlur={leave}
        onClick={activate}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' ? activate(e) : e.key === 'Escape' && setHover(null))}
      >
        <ArticleText text={text} highlights={highlights} />
      </div>
      {hover && hovered.length > 0 && <HighlightTooltip discrepancies={hovered} rect={hover.rect} sourceName={sourceName} />}
      {selection && !readOnly && !dialog && (
        <button
          type="button"
          className="annotate-button"
          style={{ top: Math.min(selection.rect.bottom + 6, window.innerHeight - 40), left: Math.max(8, selection.rect.right - 90) }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setDialog({ quote: selection.quote, passage: selection, annotation: null })}
          aria-keyshortcuts="A"
        >
          Annotate
        </button>
      )}
      <p role="status" className="hint annotation-status">
        {status?.message}{' '}
        {status?.undo && (
          <button type="button" className="link-button" onClick={() => void undoDelete(status.undo!)}>
            Undo
          </button>
        )}
      </p>
      {notes.error && (
        <p role="alert" className="notice notice-error">
          {notes.error.message}
        </p>
      )}
      <AnnotationList
        placed={notes.placed}
        orphaned={notes.orphaned}
        fromRemoved={notes.fromRemoved}
        readOnly={readOnly}
        discrepancyName={(id) => {
          const d = byId.get(id);
          return d ? `${DISCREPANCY_KIND_LABEL[d.kind]}: ${d.summary}` : null;
        }}
        onEdit={(annotation) => setDialog({ quote: annotation.anchor.quote, passage: null, annotation })}
        onDelete={(annotation) => void remove(annotation)}
        onShow={show}
      />
      {dialog && <AnnotationDialog target={dialog} discrepancies={linkable} onSubmit={save} onClose={() => setDialog(null)} />}
    </div>
  );
}
