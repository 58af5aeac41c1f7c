import { useState, type FormEvent } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy } from '../../../shared/domain/analysis';

interface Props {
  discrepancy: Discrepancy;
  sourceName(id: number): string;
  readOnly: boolean;
  onDecide(input: DecisionInput): Promise<string | null>;
  onShowSource(id: number): void;
}

/** A discrepancy's variants with their sources and excerpts, and the editor's decision. */
export function DiscrepancyDetail({ discrepancy, sourceName, readOnly, onDecide, onShowSource }: Props) {
  const [note, setNote] = useState(discrepancy.decision?.note ?? '');
  const [correction, setCorrection] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decided = discrepancy.decision;

  const decide = async (input: DecisionInput) => setError(await onDecide(input));
  const noteValue = note.trim() === '' ? null : note.trim();
  const correct = (event: FormEvent) => {
    event.preventDefault();
    if (correction.trim() !== '') void decide({ action: 'correct', reading: correction.trim(), note: noteValue });
  };

  return (
    <div className="discrepancy-detail">
      {discrepancy.reasons.length > 0 && (
        <p className="hint">
          {discrepancy.suggested ? `Suggested: “${discrepancy.suggested}”. ` : 'No reading has more support. '}
          {discrepancy.reasons.join('; ')}
        </p>
      )}
      <ul className="variants" aria-label="Readings">
        {discrepancy.variants.map((variant) => (
          <li key={variant.text} className={decided?.reading === variant.text ? 'variant chosen' : 'variant'}>
            <div className="variant-head">
              <span className="variant-text">{variant.text}</span>
              {!readOnly && discrepancy.kind !== 'single-source' && (
                <button type="button" className="small-button" onClick={() => void decide({ action: 'pick', reading: variant.text, note: noteValue })} aria-label={`Use “${variant.text}”`}>
                  {decided?.reading === variant.text ? 'Chosen' : 'Use this'}
                </button>
              )}
            </div>
            <ul className="excerpts">
              {variant.excerpts.map((excerpt) => (
                <li key={`${excerpt.sourceId}:${excerpt.start}`}>
                  <button type="button" className="excerpt" onClick={() => onShowSource(excerpt.sourceId)} title="Show this source">
                    <span className="excerpt-source">{sourceName(excerpt.sourceId)}</span> “{excerpt.quote}”
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="decision-form">
          <label>
            <span>Note</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why (optional)" />
          </label>
          <form onSubmit={correct} className="correction">
            <label>
              <span>Correction</span>
              <input value={correction} onChange={(e) => setCorrection(e.target.value)} placeholder="The right reading, if none above" />
            </label>
            <button type="submit" className="small-button" disabled={correction.trim() === ''}>
              Use correction
            </button>
          </form>
          <div className="form-actions">
            {discrepancy.status === 'open' ? (
              <button type="button" className="small-button" onClick={() => void decide({ action: 'dismiss', note: noteValue })}>
                Not a discrepancy
              </button>
            ) : (
              <button type="button" className="small-button" onClick={() => void decide({ action: 'reopen' })}>
                Reopen
              </button>
            )}
          </div>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
