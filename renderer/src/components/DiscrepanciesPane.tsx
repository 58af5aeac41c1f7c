import { useEffect, useState } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { DiscrepancyKind } from '../../../shared/domain/analysis';
import type { SourceSummary } from '../../../shared/domain/source';
import { useApi } from '../api/ApiContext';
import { useAnalysis } from '../useAnalysis';
import { toErrorInfo } from '../useDesk';
import { AnalysisProgress } from './AnalysisProgress';
import { DiscrepancyDetail } from './DiscrepancyDetail';

const KIND_TITLE: Record<DiscrepancyKind, string> = {
  name: 'Names',
  number: 'Figures',
  duration: 'Durations',
  date: 'Dates and days',
  time: 'Times',
  role: 'Titles and roles',
  quote: 'Quotations',
  attribution: 'Attribution',
  'single-source': 'Single-source claims',
};
const STATUS_TEXT = { open: 'Open', decided: 'Decided', dismissed: 'Dismissed' } as const;

interface Props {
  sources: SourceSummary[];
  readOnly: boolean;
  onShowSource(id: number): void;
  /** Open and focus this discrepancy (the reader's highlight was clicked). */
  focusRequest?: { id: string; seq: number } | null;
}

/** The Discrepancies landmark: where the sources disagree, grouped by kind, each decidable. */
export function DiscrepanciesPane({ sources, readOnly, onShowSource, focusRequest }: Props) {
  const api = useApi();
  const { report, running, progress, error, run } = useAnalysis();
  const [openId, setOpenId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    // Open it, then bring its row into view with keyboard focus once it is rendered open.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpenId(focusRequest.id);
    const frame = requestAnimationFrame(() => {
      const item = document.getElementById(`discrepancy-${focusRequest.id}`);
      item?.scrollIntoView({ block: 'nearest' });
      item?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  const name = (id: number) => {
    const source = sources.find((s) => s.id === id);
    return source?.outlet ?? source?.title ?? `Source ${id}`;
  };
  const decide = async (id: string, input: DecisionInput): Promise<string | null> => {
    try {
      await api.call('discrepancies.decide', { id, ...input });
      return null;
    } catch (cause) {
      return toErrorInfo(cause).message;
    }
  };

  const discrepancies = report?.discrepancies ?? [];
  const open = discrepancies.filter((d) => d.status === 'open').length;
  const kinds = [...new Set(discrepancies.map((d) => d.kind))];

  return (
    <aside className="pane discrepancies-pane" aria-label="Discrepancies">
      <div className="pane-heading-row">
        <h2 className="pane-heading">
          Discrepancies {report?.analyzedAt && <span className="count">{open} open</span>}
        </h2>
        {!readOnly && sources.length > 1 && (
          <button type="button" className="small-button" onClick={() => void run()} disabled={running}>
            {running ? 'Analysing…' : report?.analyzedAt ? 'Analyse again' : 'Analyse'}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error.message}
        </p>
      )}
      {running && <AnalysisProgress progress={progress} sourceCount={sources.length} />}
      {report?.stale && report.analyzedAt && !running && <p className="badge badge-warn pane-note">Sources changed since the last analysis.</p>}
      {!report?.analyzedAt && discrepancies.length === 0 ? (
        running ? null : (
          <div className="empty-state">
            <p className="empty-title">Not analysed yet</p>
            <p>
              {sources.length > 1
                ? 'Analyse the sources to line them up claim by claim and find where they disagree.'
                : 'Import at least two reports of the story: they are analysed as soon as they arrive.'}
            </p>
          </div>
        )
      ) : discrepancies.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No disagreements found</p>
          <p>The sources agree on every claim they share.</p>
        </div>
      ) : (
        kinds.map((kind) => {
          const items = discrepancies.filter((d) => d.kind === kind);
          return (
            <section key={kind} className="kind-group" aria-label={KIND_TITLE[kind]}>
              <h3 className="kind-heading">
                {KIND_TITLE[kind]} <span className="count">{items.length}</span>
              </h3>
              <ul className="discrepancy-list">
                {items.map((d) => (
                  <li key={d.id} className={`discrepancy status-${d.status}`}>
                    <button type="button" id={`discrepancy-${d.id}`} className="discrepancy-item" aria-expanded={openId === d.id} onClick={() => setOpenId(openId === d.id ? null : d.id)}>
                      <span className={`status-badge status-${d.status}`}>{STATUS_TEXT[d.status]}</span>
                      <span className="discrepancy-summary">{d.summary}</span>
                    </button>
                    {openId === d.id && <DiscrepancyDetail discrepancy={d} sourceName={name} readOnly={readOnly} onDecide={(input) => decide(d.id, input)} onShowSource={onShowSource} />}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      {report && report.orphanedDecisions.length > 0 && (
        <p className="hint pane-note">
          {report.orphanedDecisions.length} earlier decision(s) no longer match a discrepancy after re-analysis; they are kept, not moved.
        </p>
      )}
    </aside>
  );
}
