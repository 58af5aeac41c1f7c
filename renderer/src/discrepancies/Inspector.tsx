import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy, Excerpt } from '../../../shared/domain/analysis';
import { KIND_TITLE, STATUS_TEXT } from './queue';

/** What the editor has typed but not yet used: keyboard decisions (1–9, d) take it along. */
export interface DecisionDraft {
  /** The discrepancy the draft was typed for. */
  id: string | null;
  note: string | null;
  evidenceUrl: string | null;
}

interface Props {
  discrepancy: Discrepancy;
  sourceName(id: number): string;
  readOnly: boolean;
  correctionRef: RefObject<HTMLInputElement | null>;
  draftRef: RefObject<DecisionDraft>;
  onDecide(input: DecisionInput): Promise<boolean>;
  onShowExcerpt(excerpt: Excerpt): void;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The selected discrepancy: its readings with their sources and excerpts (click to read one in
 * its source), the suggested reading and why, and the decision — pick a reading (1–9), type a
 * correction (e), or dismiss (d) — with a note and an evidence link.
 */
export function Inspector({ discrepancy, sourceName, readOnly, correctionRef, draftRef, onDecide, onShowExcerpt }: Props) {
  const decision = discrepancy.decision;
  const [note, setNote] = useState(decision?.note ?? '');
  const [evidence, setEvidence] = useState(decision?.evidenceUrl ?? '');
  const [correction, setCorrection] = useState('');
  const [evidenceError, setEvidenceError] = useState<string | null>(null);

  useEffect(() => {
    draftRef.current = { id: discrepancy.id, note: blankToNull(note), evidenceUrl: blankToNull(evidence) };
  }, [draftRef, discrepancy.id, note, evidence]);

  const evidenceOk = () => {
    const value = blankToNull(evidence);
    const ok = value === null || /^https?:\/\/\S+$/i.test(value);
    setEvidenceError(ok ? null : 'Evidence must be a link starting with http:// or https://.');
    return ok;
  };
  const extra = () => ({ note: blankToNull(note), evidenceUrl: blankToNull(evidence) });
  const decide = (input: DecisionInput) => {
    if (input.action !== 'reopen' && !evidenceOk()) return;
    void onDecide(input).then((saved) => saved && input.action === 'correct' && setCorrection(''));
  };
  const correct = (event: FormEvent) => {
    event.preventDefault();
    if (correction.trim() !== '') decide({ action: 'correct', reading: correction.trim(), ...extra() });
  };
  const pickable = !readOnly && discrepancy.kind !== 'single-source';
  const corrected = decision?.status === 'decided' && decision.reading !== null && !discrepancy.variants.some((v) => v.text === decision.reading);

  return (
    <section className="inspector" aria-label="Inspector">
      <div className="inspector-head">
        <span className={`status-badge status-${discrepancy.status}`}>{STATUS_TEXT[discrepancy.status]}</span>
        <span className="inspector-kind">{KIND_TITLE[discrepancy.kind]}</span>
        {!readOnly &&
          (discrepancy.status === 'open' ? (
            <button type="button" className="small-button inspector-action" onClick={() => decide({ action: 'dismiss', ...extra() })} title="Not a discrepancy (d)">
              Not a discrepancy
            </button>
          ) : (
            <button type="button" className="small-button inspector-action" onClick={() => decide({ action: 'reopen' })}>
              Reopen
            </button>
          ))}
      </div>
      <h3 className="inspector-title">{discrepancy.summary}</h3>
      <p className="hint inspector-why">
        {discrepancy.suggested ? (
          <>
            Suggested: <strong>“{discrepancy.suggested}”</strong>
            {discrepancy.reasons.length > 0 ? ` — ${discrepancy.reasons.join('; ')}.` : '.'}
          </>
        ) : (
          `No reading has more support${discrepancy.reasons.length > 0 ? ` — ${discrepancy.reasons.join('; ')}` : ''}.`
        )}
      </p>
      {decision && (
        <p className="decision-line">
          {decision.status === 'dismissed' ? 'Dismissed as not a discrepancy' : <>Using “{decision.reading}”{corrected ? ' (your correction)' : ''}</>}
          {decision.note ? ` · ${decision.note}` : ''}
          {decision.evidenceUrl && (
            <>
              {' · '}
              <a href={decision.evidenceUrl} target="_blank" rel="noreferrer noopener">
                evidence
              </a>
            </>
          )}
        </p>
      )}
      <ol className="variants" aria-label="Readings">
        {discrepancy.variants.map((variant, index) => {
          const chosen = decision?.status === 'decided' && decision.reading === variant.text;
          return (
            <li key={variant.text} className={chosen ? 'variant chosen' : 'variant'}>
              <div className="variant-head">
                <span className="variant-number" aria-hidden="true">
                  {index < 9 ? index + 1 : ''}
                </span>
                <span className="variant-text">{variant.text}</span>
                <span className="variant-sources">{variant.sourceIds.map(sourceName).join(', ')}</span>
                {pickable && (
                  <button
                    type="button"
                    className={chosen ? 'small-button chosen-button' : 'small-button'}
                    onClick={() => decide({ action: 'pick', reading: variant.text, ...extra() })}
                    aria-label={`Use “${variant.text}”`}
                    aria-pressed={chosen}
                    title={index < 9 ? `Use this reading (${index + 1})` : 'Use this reading'}
                  >
                    {chosen ? 'Chosen' : 'Use'}
                  </button>
                )}
              </div>
              <ul className="excerpts">
                {variant.excerpts.map((excerpt) => (
                  <li key={`${excerpt.sourceId}:${excerpt.start}`}>
                    <button type="button" className="excerpt" onClick={() => onShowExcerpt(excerpt)} title="Read this in its source">
                      <span className="excerpt-source">{sourceName(excerpt.sourceId)}</span> “{excerpt.quote}”
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div className="decision-form">
          <form onSubmit={correct} className="correction">
            <label>
              <span>Correction</span>
              <input ref={correctionRef} value={correction} onChange={(e) => setCorrection(e.target.value)} placeholder="The right reading, if none above (e)" maxLength={2000} />
            </label>
            <button type="submit" className="small-button" disabled={correction.trim() === ''}>
              Use correction
            </button>
          </form>
          <label>
            <span>Note</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why (optional)" maxLength={4000} />
          </label>
          <label>
            <span>Evidence link</span>
            <input
              type="url"
              value={evidence}
              onChange={(e) => setEvidence(e.target.value)}
              onBlur={evidenceOk}
              placeholder="https://… (optional)"
              aria-invalid={evidenceError !== null}
              aria-describedby={evidenceError ? 'evidence-error' : undefined}
              maxLength={2048}
            />
          </label>
          {evidenceError && (
            <p id="evidence-error" className="field-error">
              {evidenceError}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
