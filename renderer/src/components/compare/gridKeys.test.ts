import { describe, expect, it } from 'vitest';
import { gridMove } from './gridKeys';

const shape = { ctrl: false, rows: 50, cols: 5, page: 10 };

describe('moving through the compare grid with the keyboard', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove({ row: 3, col: 2 }, 'ArrowDown', shape)).toEqual({ row: 4, col: 2 });
    expect(gridMove({ row: 0, col: 2 }, 'ArrowUp', shape)).toEqual({ row: 0, col: 2 });
    expect(gridMove({ row: 3, col: 4 }, 'ArrowRight', shape)).toEqual({ row: 3, col: 4 });
    expect(gridMove({ row: 3, col: 1 }, 'ArrowLeft', shape)).toEqual({ row: 3, col: 0 });
  });

  it('pages, and goes to the row ends or the table ends with Home/End and Ctrl', () => {
    expect(gridMove({ row: 45, col: 1 }, 'PageDown', shape)).toEqual({ row: 49, col: 1 });
    expect(gridMove({ row: 15, col: 1 }, 'PageUp', shape)).toEqual({ row: 5, col: 1 });
    expect(gridMove({ row: 7, col: 3 }, 'Home', shape)).toEqual({ row: 7, col: 0 });
    expect(gridMove({ row: 7, col: 1 }, 'End', shape)).toEqual({ row: 7, col: 4 });
    expect(gridMove({ row: 7, col: 3 }, 'End', { ...shape, ctrl: true })).toEqual({ row: 49, col: 4 });
  });

  it('ignores other keys and empty tables', () => {
    expect(gridMove({ row: 0, col: 0 }, 'a', shape)).toBeNull();
    expect(gridMove({ row: 0, col: 0 }, 'ArrowDown', { ...shape, rows: 0 })).toBeNull();
  });
});
