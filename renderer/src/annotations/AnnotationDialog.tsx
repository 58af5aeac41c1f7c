import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Discrepancy, DiscrepancyKind } from '../../../shared/domain/analysis';
import { ANNOTATION_KIND_LABEL, ANNOTATION_KINDS, MANUAL_DISCREPANCY_KINDS, type Annotation, type AnnotationKind } from '../../../shared/domain/annotation';
import { useModalDialog } from '../useModalDialog';
import { DISCREPANCY_KIND_LABEL } from './kindLabels';

export type DiscrepancyLink = { type: 'none' } | { type: 'existing'; id: string } | { type: 'new'; kind: DiscrepancyKind };

export interface AnnotationForm {
  kind: AnnotationKind;
  comment: string;
  link: DiscrepancyLink;
}

interface Props {
  /** The passage being annotated (new) or the annotation being edited. */
  target: { quote: string; annotation: Annotation | null };
  discrepancies: Discrepancy[];
  onSubmit(form: AnnotationForm): Promise<string | null>;
  onClose(): void;
}

const NEW = '__new__';

/** Annotate a passage: kind, comment, and a link to a discrepancy (existing, or a new one made from it). */
export function AnnotationDialog({ target, discrepancies, onSubmit, onClose }: Props) {
  const dialog = useModalDialog(true);
  const commentField = useRef<HTMLTextAreaElement>(null);
  // After showModal (the effect above) has focused the first control: start in the comment.
  useEffect(() => commentField.current?.focus(), []);
  const editing = target.annotation;
  const [kind, setKind] = useState<AnnotationKind>(editing?.kind ?? 'note');
  const [comment, setComment] = useState(editing?.comment ?? '');
  const [link, setLink] = useState(editing?.discrepancyId ?? '');
  const [newKind, setNewKind] = useState<DiscrepancyKind>('name');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const chosen: DiscrepancyLink = link === '' ? { type: 'none' } : link === NEW ? { type: 'new', kind: newKind } : { type: 'existing', id: link };
    const problem = await onSubmit({ kind, comment: comment.trim(), link: chosen });
    setSaving(false);
    if (problem) setError(problem);
  };

  return (
    <dialog ref={dialog} className="import-dialog annotation-dialog" aria-labelledby="annotation-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="annotation-title">{editing ? 'Edit annotation' : 'Annotate'}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <form className="annotation-form" onSubmit={(e) => void submit(e)}>
        <blockquote className="annotation-quote">{target.quote}</blockquote>
        <fieldset className="kind-choice">
          <legend>Kind</legend>
          {ANNOTATION_KINDS.map((k) => (
            <label key={k} className={`kind-option note-${k}`}>
              <input type="radio" name="annotation-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {ANNOTATION_KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Comment</span>
          <textarea ref={commentField} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} maxLength={4000} placeholder="What is wrong, or what you checked" />
        </label>
        <label className="field">
          <span>Discrepancy</span>
          <select value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">No link</option>
            <option value={NEW}>New discrepancy from this passage…</option>
            {discrepancies.length > 0 && (
              <optgroup label="Link to a discrepancy">
                {discrepancies.map((d) => (
                  <option key={d.id} value={d.id}>
                    {DISCREPANCY_KIND_LABEL[d.kind]}: {d.summary.length > 90 ? `${d.summary.slice(0, 90)}…` : d.summary}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {link === NEW && (
          <label className="field">
            <span>Kind of discrepancy</span>
            <select value={newKind} onChange={(e) => setNewKind(e.target.value as DiscrepancyKind)}>
              {MANUAL_DISCREPANCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DISCREPANCY_KIND_LABEL[k]}
                </option>
              ))}
            </select>
            <span className="hint">It joins the Discrepancies list with this passage as its one reading and your comment as its summary.</span>
          </label>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save annotation'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
