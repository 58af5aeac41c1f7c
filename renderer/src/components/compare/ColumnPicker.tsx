import { useEffect, useId, useRef, useState } from 'react';
import { MAX_COLUMNS, MIN_COLUMNS, moveColumn, toggleColumn } from './columns';
import './ColumnPicker.css';

export interface ColumnSource {
  id: number;
  name: string;
}

interface Props {
  sources: readonly ColumnSource[];
  columns: readonly number[];
  onChange(columns: number[]): void;
}

/** The compare table's column chooser: show or hide sources (2 to 20) and move them left or right. */
export function ColumnPicker({ sources, columns, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [filter, setFilter] = useState('');
  const [refocus, setRefocus] = useState<string | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // A moved row changes place in the list: keep the keyboard on its button.
  useEffect(() => {
    if (!refocus) return;
    const target = root.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${refocus}"]`);
    if (target && !target.disabled) target.focus();
    else root.current?.querySelector<HTMLButtonElement>(`[data-focus-key^="${refocus.split(':')[0]}:"]:not(:disabled)`)?.focus();
  }, [refocus, columns]);

  const byId = new Map(sources.map((s) => [s.id, s]));
  const shown = columns.map((id) => byId.get(id)).filter((s): s is ColumnSource => !!s);
  const needle = filter.trim().toLowerCase();
  const hidden = sources.filter((s) => !columns.includes(s.id) && (!needle || s.name.toLowerCase().includes(needle)));

  const toggle = (id: number) => {
    const result = toggleColumn(columns, id);
    if (result.ok) {
      setMessage('');
      onChange(result.columns);
    } else setMessage(result.reason);
  };
  const move = (id: number, step: -1 | 1) => {
    onChange(moveColumn(columns, id, step));
    setRefocus(`${id}:${step}`);
  };

  return (
    <div
      className="column-picker"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button type="button" ref={button} className="small-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns: {columns.length} of {sources.length} sources
      </button>
      {open && (
        <div id={panelId} className="column-panel" role="group" aria-label="Columns">
          <p className="hint">
            Show {MIN_COLUMNS} to {Math.min(MAX_COLUMNS, sources.length)} sources side by side, in the order you want.
          </p>
          <ul className="column-list" aria-label="Shown sources">
            {shown.map((s, i) => (
              <li key={s.id}>
                <label className="column-name">
                  <input type="checkbox" checked onChange={() => toggle(s.id)} />
                  {s.name}
                </label>
                <button type="button" className="icon-button" data-focus-key={`${s.id}:-1`} aria-label={`Move ${s.name} left`} disabled={i === 0} onClick={() => move(s.id, -1)}>
                  ←
                </button>
                <button type="button" className="icon-button" data-focus-key={`${s.id}:1`} aria-label={`Move ${s.name} right`} disabled={i === shown.length - 1} onClick={() => move(s.id, 1)}>
                  →
                </button>
              </li>
            ))}
          </ul>
          {sources.length > columns.length && (
            <>
              {sources.length > 12 && (
                <input type="search" className="column-filter" aria-label="Find a source" placeholder="Find a source…" value={filter} onChange={(e) => setFilter(e.target.value)} />
              )}
              <ul className="column-list column-list-hidden" aria-label="Hidden sources">
                {hidden.map((s) => (
                  <li key={s.id}>
                    <label className="column-name">
                      <input type="checkbox" checked={false} onChange={() => toggle(s.id)} />
                      {s.name}
                    </label>
                  </li>
                ))}
                {hidden.length === 0 && <li className="hint">No hidden source matches “{filter}”.</li>}
              </ul>
            </>
          )}
          <p className="hint column-message" role="status">
            {message}
          </p>
        </div>
      )}
    </div>
  );
}
