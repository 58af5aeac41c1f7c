import type { DiscrepancyKind } from '../../../shared/domain/analysis';
import { DISCREPANCY_KIND_LABEL } from './kindLabels';

/** What the colours in the text mean: the discrepancy kinds present, and the editor's annotations. */
export function HighlightLegend({ kinds, annotations }: { kinds: DiscrepancyKind[]; annotations: number }) {
  if (kinds.length === 0 && annotations === 0) return null;
  return (
    <ul className="highlight-legend" aria-label="Highlight legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`legend-swatch kind-${kind}`} aria-hidden="true" />
          {DISCREPANCY_KIND_LABEL[kind]}
        </li>
      ))}
      {annotations > 0 && (
        <li>
          <span className="legend-swatch legend-annotation" aria-hidden="true" />
          Your annotations
        </li>
      )}
    </ul>
  );
}
