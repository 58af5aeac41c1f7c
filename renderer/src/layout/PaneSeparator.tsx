import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** “Resize the Sources pane”. */
  label: string;
  /** The id of the pane it resizes. */
  controls: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (a pane on the left), -1 when it narrows it. */
  direction: 1 | -1;
  onChange(width: number): void;
  onReset(): void;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * A focusable splitter between two panes (WAI-ARIA window splitter): drag it, or focus it and use
 * ←/→ (Shift for bigger steps), Home/End; double-click or Enter puts the default width back.
 */
export function PaneSeparator({ label, controls, value, min, max, direction, onChange, onReset }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(drag.current.width + direction * (event.clientX - drag.current.x));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const next =
      event.key === 'ArrowRight' ? value + direction * step : event.key === 'ArrowLeft' ? value - direction * step : event.key === 'Home' ? min : event.key === 'End' ? max : null;
    if (event.key === 'Enter') {
      event.preventDefault();
      onReset();
    } else if (next !== null) {
      event.preventDefault();
      onChange(next);
    }
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation="vertical"
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      title={`${label} (drag, or ←/→; double-click resets)`}
      className="pane-separator"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
