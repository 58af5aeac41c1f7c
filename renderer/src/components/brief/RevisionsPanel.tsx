import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/api/errors';
import type { BriefRevision, BriefRevisionSummary } from '../../../../shared/domain/brief';
import { useApi } from '../../api/ApiContext';
import { toErrorInfo } from '../../useDesk';

const REASONS: Record<BriefRevisionSummary['reason'], string> = { compile: 'Compiled', edit: 'Edited', restore: 'Restored' };

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

interface Props {
  /** Changes whenever the brief does, so the list stays current. */
  version: number;
  readOnly: boolean;
  onView(revision: BriefRevision | null): void;
  viewing: number | null;
  onRestore(id: number): void;
  onClose(): void;
}

/** Earlier states of the brief: view one, restore it (what it replaces stays listed). */
export function RevisionsPanel({ version, readOnly, onView, viewing, onRestore, onClose }: Props) {
  const api = useApi();
  const [list, setList] = useState<BriefRevisionSummary[] | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    let live = true;
    api.call('brief.revisions', {}).then(
      (rows) => live && setList(rows),
      (cause: unknown) => live && setError(toErrorInfo(cause)),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  const view = (id: number) =>
    api.call('brief.revision', { id }).then(onView, (cause: unknown) => setError(toErrorInfo(cause)));

  return (
    <aside className="revisions" aria-label="Revisions">
      <header className="revisions-head">
        <h3>Revisions</h3>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      {error && (
        <p role="alert" className="inline-error">
          {error.message}
        </p>
      )}
      {list === null ? (
        <p className="hint">Loading…</p>
      ) : list.length === 0 ? (
        <p className="hint">No revisions yet.</p>
      ) : (
        <ol className="revision-list">
          {list.map((r, i) => (
            <li key={r.id} className={viewing === r.id ? 'is-viewing' : undefined}>
              <span className="revision-what">
                {REASONS[r.reason]} {i === 0 && <span className="badge">current</span>}
              </span>
              <span className="revision-when">
                {when(r.updatedAt)} · {r.wordCount.toLocaleString('en-GB')} words
              </span>
              <span className="revision-actions">
                <button type="button" className="link-button" onClick={() => (viewing === r.id ? onView(null) : void view(r.id))} aria-pressed={viewing === r.id}>
                  {viewing === r.id ? 'Back to current' : 'View'}
                </button>
                {i > 0 && !readOnly && (
                  <button type="button" className="link-button" onClick={() => onRestore(r.id)}>
                    Restore
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
