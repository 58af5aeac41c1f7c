import { useCallback, useEffect, useState } from 'react';
import { usePrefs } from '../prefs/PrefsContext';
import { clampWidth, fitWidths, PANE_LIMITS, type SidePane } from './paneWidths';

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/** The side panes' widths, remembered through prefs and fitted to the window. */
export function useDeskLayout() {
  const { prefs, update } = usePrefs();
  const windowWidth = useWindowWidth();
  const widths = fitWidths(prefs.panes ?? {}, windowWidth);
  const other = (pane: SidePane): SidePane => (pane === 'sources' ? 'discrepancies' : 'sources');

  const setWidth = useCallback(
    (pane: SidePane, width: number) => update({ panes: { [pane]: clampWidth(pane, width, widths[other(pane)], windowWidth) } }),
    [update, widths, windowWidth],
  );
  const reset = useCallback((pane: SidePane) => update({ panes: { [pane]: PANE_LIMITS[pane].initial } }), [update]);
  const max = (pane: SidePane) => clampWidth(pane, Number.MAX_SAFE_INTEGER, widths[other(pane)], windowWidth);

  return { widths, setWidth, reset, max };
}
