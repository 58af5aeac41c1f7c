import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, moveColumn, reconcileColumns, toggleColumn } from './columns';

const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('choosing and ordering the compare columns', () => {
  it('starts with the first six sources, or all of them when there are fewer', () => {
    expect(reconcileColumns(null, ids(4))).toEqual([1, 2, 3, 4]);
    expect(reconcileColumns(null, ids(200))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("keeps the editor's order, drops removed sources and tops up to two", () => {
    expect(reconcileColumns([3, 1], ids(4))).toEqual([3, 1]);
    expect(reconcileColumns([3, 9], ids(4))).toEqual([3, 1]);
  });

  it('refuses to hide below two or show more than twenty, saying why', () => {
    expect(toggleColumn([1, 2], 2)).toEqual({ ok: false, reason: 'Keep at least 2 sources to compare.' });
    expect(toggleColumn([1, 2, 3], 2)).toEqual({ ok: true, columns: [1, 3] });
    expect(toggleColumn([1, 2], 7)).toEqual({ ok: true, columns: [1, 2, 7] });
    const full = ids(MAX_COLUMNS);
    expect(toggleColumn(full, 99)).toMatchObject({ ok: false, reason: expect.stringMatching(/At most 20/) });
  });

  it('moves a column left or right, and not past either end', () => {
    expect(moveColumn([1, 2, 3], 3, -1)).toEqual([1, 3, 2]);
    expect(moveColumn([1, 2, 3], 1, 1)).toEqual([2, 1, 3]);
    expect(moveColumn([1, 2, 3], 1, -1)).toEqual([1, 2, 3]);
    expect(moveColumn([1, 2, 3], 3, 1)).toEqual([1, 2, 3]);
  });
});
