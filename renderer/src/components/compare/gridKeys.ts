/** Where a key press moves the active cell of a grid (WAI-ARIA grid pattern), or null if it does not. */
export interface Cell {
  row: number;
  col: number;
}

export interface GridShape {
  ctrl: boolean;
  rows: number;
  cols: number;
  /** Rows per Page Up / Page Down. */
  page: number;
}

export function gridMove(from: Cell, key: string, { ctrl, rows, cols, page }: GridShape): Cell | null {
  if (rows === 0) return null;
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row));
  const clampCol = (col: number) => Math.max(0, Math.min(cols - 1, col));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'PageDown':
      return { row: clampRow(from.row + page), col: from.col };
    case 'PageUp':
      return { row: clampRow(from.row - page), col: from.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: from.row, col: cols - 1 };
    default:
      return null;
  }
}
