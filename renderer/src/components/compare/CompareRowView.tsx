import { Fragment, memo, useMemo, type Ref } from 'react';
import type { DiscrepancyKind } from '../../../../shared/domain/analysis';
import { cellText, type CompareRow } from './compareRows';
import { diffTokensCached } from './diffTokens';
import type { ColumnSource } from './ColumnPicker';

const KIND_LABEL: Record<DiscrepancyKind, string> = {
  name: 'Name',
  number: 'Figure',
  duration: 'Duration',
  date: 'Date',
  time: 'Time',
  role: 'Title',
  quote: 'Quotation',
  attribution: 'Attribution',
  'single-source': 'Single source',
};

interface Props {
  row: CompareRow;
  /** 0-based index among the rows shown. */
  index: number;
  columns: readonly ColumnSource[];
  texts: ReadonlyMap<number, string>;
  errors: ReadonlyMap<number, string>;
  /** Column (0 = the reading) that takes Tab in this row, or -1. */
  tabColumn: number;
  measureRef: Ref<HTMLDivElement>;
  /** Offset of the row from the top of the table body, in pixels. */
  top: number;
  differs: boolean;
}

/** One claim: its reading, then each shown source's sentence marked against it. Text only, never markup. */
export const CompareRowView = memo(function CompareRowView({ row, index, columns, texts, errors, tabColumn, measureRef, top, differs }: Props) {
  const { claim } = row;
  return (
    <div role="row" aria-rowindex={index + 2} className="compare-row" data-index={index} ref={measureRef} style={{ transform: `translateY(${top}px)` }}>
      <div role="rowheader" className="compare-reading" tabIndex={tabColumn === 0 ? 0 : -1} data-cell={`${index}:0`}>
        <span className="reading-text">{claim.text}</span>
        <span className="reading-meta">
          <span>{claim.sourceIds.length === 1 ? 'One source' : `${claim.sourceIds.length} sources`}</span>{' '}
          {(row.conflictKinds.length > 0 || differs) && <span className="visually-hidden">Flagged: </span>}
          {row.conflictKinds.map((kind) => (
            <span key={kind} className={`conflict-tag kind-${kind}`}>
              {KIND_LABEL[kind]}{' '}
            </span>
          ))}
          {row.conflictKinds.length === 0 && differs && <span className="conflict-tag kind-facts">Facts differ</span>}
        </span>
      </div>
      {columns.map((source, i) => (
        <CompareCell
          key={source.id}
          reading={claim.text}
          sentence={cellText(row.cells.get(source.id), texts.get(source.id))}
          reported={row.cells.has(source.id)}
          outlier={row.outliers.get(source.id) ?? null}
          error={errors.get(source.id) ?? null}
          sourceName={source.name}
          cell={`${index}:${i + 1}`}
          tabbable={tabColumn === i + 1}
        />
      ))}
    </div>
  );
});

interface CellProps {
  reading: string;
  sentence: string | null;
  reported: boolean;
  /** Kinds of flagged discrepancy for which this sentence gives the odd reading out. */
  outlier: DiscrepancyKind[] | null;
  error: string | null;
  sourceName: string;
  cell: string;
  tabbable: boolean;
}

function CompareCell({ reading, sentence, reported, outlier, error, sourceName, cell, tabbable }: CellProps) {
  const diff = useMemo(() => (sentence === null ? null : diffTokensCached(reading, sentence)), [reading, sentence]);
  const common = { role: 'gridcell', tabIndex: tabbable ? 0 : -1, 'data-cell': cell } as const;
  if (!reported)
    return (
      <div {...common} className="compare-cell cell-missing" aria-label="not reported">
        <span aria-hidden="true">—</span>
      </div>
    );
  if (!diff)
    return (
      <div {...common} className="compare-cell cell-loading">
        {error ? `Could not load ${sourceName}: ${error}` : 'Loading…'}
      </div>
    );
  return (
    <div {...common} className={`compare-cell cell-jump${outlier ? ' cell-outlier' : ''}`} title={`Show this sentence in ${sourceName}`}>
      {outlier && <span className="outlier-tag">{outlier.map((kind) => KIND_LABEL[kind]).join(', ')} differs </span>}
      {diff.reworded && <span className="reworded-tag">Reworded</span>}
      {diff.tokens.map((token, i) => {
        // A struck word right against an added one ("Marten" then "Martin") would run together when read aloud.
        const gap = i > 0 && token.kind !== 'same' && diff.tokens[i - 1]!.kind !== 'same' ? <span className="visually-hidden"> </span> : null;
        if (token.kind === 'same') return <span key={i}>{token.text}</span>;
        return (
          <Fragment key={i}>
            {gap}
            {token.kind === 'added' ? <ins>{token.text}</ins> : <del>{token.text}</del>}
          </Fragment>
        );
      })}
    </div>
  );
}
