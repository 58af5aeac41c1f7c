import { memo } from 'react';
import type { DiscrepancyKind } from '../../../shared/domain/analysis';
import { KIND_ORDER, KIND_TITLE, STATUS_FILTERS, STATUS_TEXT, type FacetCounts, type QueueFilter, type StatusFilter } from './queue';

interface Props {
  filter: QueueFilter;
  counts: FacetCounts;
  sources: Array<{ id: number; name: string }>;
  onChange(filter: QueueFilter): void;
}

/** Status, kind and source filters; every option says how many discrepancies it would show. */
export const QueueFilters = memo(function QueueFilters({ filter, counts, sources, onChange }: Props) {
  const kinds = KIND_ORDER.filter((k) => (counts.kind.get(k) ?? 0) > 0 || filter.kind === k);
  return (
    <div className="queue-filters" role="group" aria-label="Filter discrepancies">
      <div className="queue-filter">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as StatusFilter })}>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {STATUS_TEXT[status]} ({counts.status[status]})
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as DiscrepancyKind | 'all' })}>
          <option value="all">All kinds ({counts.kind.get('all') ?? 0})</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_TITLE[kind]} ({counts.kind.get(kind) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="filter-source">Source</label>
        <select id="filter-source" value={String(filter.sourceId)} onChange={(e) => onChange({ ...filter, sourceId: e.target.value === 'all' ? 'all' : Number(e.target.value) })}>
          <option value="all">All sources ({counts.source.get('all') ?? 0})</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name} ({counts.source.get(source.id) ?? 0})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});
