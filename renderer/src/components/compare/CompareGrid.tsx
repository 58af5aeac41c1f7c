import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { ColumnSource } from './ColumnPicker';
import { CompareRowView } from './CompareRowView';
import type { CompareRow } from './compareRows';
import { gridMove } from './gridKeys';

interface Props {
  rows: readonly CompareRow[];
  columns: readonly (ColumnSource & { title: string })[];
  texts: ReadonlyMap<number, string>;
  errors: ReadonlyMap<number, string>;
  /** Rows whose shown cells disagree on a fact (for the tag on rows the analysis did not flag). */
  differing: ReadonlySet<string>;
  onJump(sourceId: number, start: number, end: number): void;
}

interface Active {
  row: number;
  col: number;
}

/**
 * The alignment table as an ARIA grid: a row per claim (only the rows in view are rendered), a
 * column per shown source. Arrow keys, Home/End and Page Up/Down move between cells; Enter or a
 * click on a sentence opens it in its source.
 */
export function CompareGrid({ rows, columns, texts, errors, differing, onJump }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [active, setActive] = useState<Active>({ row: 0, col: 1 });
  const focusWanted = useRef(false);

  useLayoutEffect(() => {
    const element = head.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeadHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The desk does not use the React Compiler; the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 6,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    getItemKey: (index) => rows[index]?.claim.id ?? index,
  });

  // The active cell stays inside the table when rows are filtered or columns hidden.
  const current: Active = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: Math.min(active.col, columns.length) };

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    virtualizer.scrollToIndex(current.row, { align: 'auto' });
    let frames = 0;
    const tryFocus = () => {
      const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${current.row}:${current.col}"]`);
      if (cell) cell.focus();
      else if (frames++ < 10) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  }, [current.row, current.col, virtualizer]);

  const jump = useCallback(
    (row: number, col: number) => {
      const source = columns[col - 1];
      const member = source && rows[row]?.cells.get(source.id)?.[0];
      if (source && member) onJump(source.id, member.start, member.end);
    },
    [columns, rows, onJump],
  );

  const cellOf = (target: EventTarget): Active | null => {
    const cell = (target as HTMLElement).closest?.('[data-cell]');
    if (!cell) return null;
    const [row, col] = cell.getAttribute('data-cell')!.split(':').map(Number);
    return { row: row!, col: col! };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = cellOf(event.target);
    if (!from) return;
    if ((event.key === 'Enter' || event.key === ' ') && from.col > 0) {
      event.preventDefault();
      jump(from.row, from.col);
      return;
    }
    const page = Math.max(1, virtualizer.getVirtualItems().length - 2);
    const next = gridMove(from, event.key, { ctrl: event.ctrlKey || event.metaKey, rows: rows.length, cols: columns.length + 1, page });
    if (!next) return;
    event.preventDefault();
    focusWanted.current = true;
    setActive(next);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const at = cellOf(event.target);
    if (!at) return;
    // Selecting text in a cell is not a click on it.
    if (window.getSelection()?.toString()) return;
    setActive(at);
    if (at.col > 0) jump(at.row, at.col);
  };

  const items = virtualizer.getVirtualItems();
  const rendered = items.some((item) => item.index === current.row);
  const tabRow = rendered ? current.row : (items[0]?.index ?? -1);
  const template = { '--compare-columns': columns.length } as CSSProperties;

  return (
    <div
      ref={scroller}
      className="compare-grid"
      role="grid"
      aria-label="Claims by source"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      style={template}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => {
        const at = cellOf(event.target);
        if (at && (at.row !== current.row || at.col !== current.col)) setActive(at);
      }}
    >
      <div role="rowgroup" className="compare-head" ref={head}>
        <div role="row" aria-rowindex={1} className="compare-row compare-head-row">
          <div role="columnheader" className="compare-colhead compare-reading-head">
            Reading
            <span className="colhead-title">each claim as analysed</span>
          </div>
          {columns.map((source) => (
            <div role="columnheader" key={source.id} className="compare-colhead" title={source.title}>
              {source.name}
              <span className="colhead-title">{source.title}</span>
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="compare-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <CompareRowView
              key={item.key}
              row={row}
              index={item.index}
              columns={columns}
              texts={texts}
              errors={errors}
              differs={differing.has(row.claim.id)}
              tabColumn={item.index === tabRow ? current.col : -1}
              measureRef={virtualizer.measureElement}
              top={item.start - headHeight}
            />
          );
        })}
      </div>
    </div>
  );
}
