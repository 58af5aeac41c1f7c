import { describe, expect, it } from 'vitest';
import { clampWidth, fitWidths, MIN_MAIN, PANE_LIMITS } from './paneWidths';

describe('pane widths', () => {
  it('uses the defaults when nothing is stored, on a wide window', () => {
    expect(fitWidths({}, 1440)).toEqual({ sources: PANE_LIMITS.sources.initial, discrepancies: PANE_LIMITS.discrepancies.initial });
  });

  it('keeps a width within the pane limits', () => {
    expect(clampWidth('sources', 50, 390, 1440)).toBe(PANE_LIMITS.sources.min);
    expect(clampWidth('sources', 5000, 390, 3000)).toBe(PANE_LIMITS.sources.max);
  });

  it('leaves the main area room in a narrow window, the Sources pane giving way first', () => {
    const fitted = fitWidths({ sources: 500, discrepancies: 600 }, 1200);
    expect(1200 - fitted.sources - fitted.discrepancies).toBeGreaterThanOrEqual(MIN_MAIN);
    expect(fitted.discrepancies).toBe(600);
    expect(fitted.sources).toBeLessThan(500);
  });
});
