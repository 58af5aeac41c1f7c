import { useMemo, type RefObject } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy, Excerpt } from '../../../shared/domain/analysis';
import type { SourceSummary } from '../../../shared/domain/source';
import { Inspector, type DecisionDraft } from '../discrepancies/Inspector';
import { AnalysisProgress } from './AnalysisProgress';
import { QueueFilters } from '../discrepancies/QueueFilters';
import { QueueList } from '../discrepancies/QueueList';
import type { Review } from '../discrepancies/useReview';

interface Props {
  id: string;
  sources: SourceSummary[];
  readOnly: boolean;
  review: Review;
  correctionRef: RefObject<HTMLInputElement | null>;
  draftRef: RefObject<DecisionDraft>;
  onDecide(discrepancy: Discrepancy, input: DecisionInput): Promise<boolean>;
  onShowExcerpt(excerpt: Excerpt): void;
}

/** The Discrepancies landmark: the triage queue (filtered, grouped by kind) and the Inspector. */
export function DiscrepanciesPane({ id, sources, readOnly, review, correctionRef, draftRef, onDecide, onShowExcerpt }: Props) {
  const { report, running, progress, error, run, items, queue, selected, filter, counts } = review;
  const name = (sourceId: number) => {
    const source = sources.find((s) => s.id === sourceId);
    return source?.outlet ?? source?.title ?? `Source ${sourceId}`;
  };
  const open = useMemo(() => items.filter((d) => d.status === 'open').length, [items]);
  const sourceNames = useMemo(() => sources.map((s) => ({ id: s.id, name: s.outlet ?? s.title })), [sources]);

  return (
    <aside id={id} className="pane discrepancies-pane" aria-label="Discrepancies">
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
        <p role="alert" className="notice notice-error pane-note">
          {error.message}
        </p>
      )}
      {running && <AnalysisProgress progress={progress} sourceCount={sources.length} />}
      {report?.stale && report.analyzedAt && !running && <p className="badge badge-warn pane-note">Sources changed since the last analysis.</p>}
      {!report?.analyzedAt && items.length === 0 ? (
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
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No disagreements found</p>
          <p>The sources agree on every claim they share.</p>
        </div>
      ) : (
        <div className="review">
          <QueueFilters filter={filter} counts={counts} sources={sourceNames} onChange={review.setFilter} />
          {queue.length === 0 ? (
            <div className="empty-state queue-empty">
              <p className="empty-title">{filter.status === 'open' && filter.kind === 'all' && filter.sourceId === 'all' ? 'Every discrepancy is decided' : 'Nothing matches these filters'}</p>
              <p>{filter.status === 'open' ? 'Choose “All” under Status to look at the decisions again.' : 'Change a filter above to see more.'}</p>
            </div>
          ) : (
            <QueueList queue={queue} selectedId={selected?.id ?? null} onSelect={review.select} />
          )}
          <div className="inspector-scroll">
            {selected ? (
              <Inspector
                key={selected.id}
                discrepancy={selected}
                sourceName={name}
                readOnly={readOnly}
                correctionRef={correctionRef}
                draftRef={draftRef}
                onDecide={(input) => onDecide(selected, input)}
                onShowExcerpt={onShowExcerpt}
              />
            ) : (
              queue.length > 0 && (
                <p className="hint inspector-hint">
                  Choose a discrepancy, or press <kbd>j</kbd> to start at the top of the queue.
                </p>
              )
            )}
          </div>
        </div>
      )}
      {report && report.orphanedDecisions.length > 0 && (
        <p className="hint pane-note">
          {report.orphanedDecisions.length} earlier decision(s) no longer match a discrepancy after re-analysis; they are kept, not moved.
        </p>
      )}
    </aside>
  );
}
