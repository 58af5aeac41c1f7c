import type { Discrepancy } from '../../../shared/domain/analysis';
import { DISCREPANCY_KIND_LABEL } from './kindLabels';

export const TOOLTIP_ID = 'reader-highlight-tooltip';

interface Props {
  discrepancies: Discrepancy[];
  /** Where the hovered or focused highlight is on screen. */
  rect: DOMRect;
  sourceName(id: number): string;
}

/** The variants of the discrepancies under a highlight, shown on hover and on keyboard focus. */
export function HighlightTooltip({ discrepancies, rect, sourceName }: Props) {
  const top = Math.min(rect.bottom + 6, window.innerHeight - 40);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 340));
  return (
    <div role="tooltip" id={TOOLTIP_ID} className="highlight-tooltip" style={{ top, left }}>
      {discrepancies.map((d) => (
        <div key={d.id} className="tooltip-discrepancy">
          <p className="tooltip-title">
            <span className={`legend-swatch kind-${d.kind}`} aria-hidden="true" /> {DISCREPANCY_KIND_LABEL[d.kind]}
            {d.status !== 'open' && <span className="tooltip-status"> · {d.status}</span>}
          </p>
          <ul className="tooltip-variants">
            {d.variants.map((v) => (
              <li key={v.text}>
                “{v.text}” <span className="tooltip-sources">{v.sourceIds.map(sourceName).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="tooltip-hint">Click or press Enter to open it in Discrepancies.</p>
    </div>
  );
}
