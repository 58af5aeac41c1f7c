import { useMemo } from 'react';
import type { AnalysisReport } from '../../../../shared/domain/analysis';
import { ColumnPicker } from './ColumnPicker';
import { CompareGrid } from './CompareGrid';
import { buildRows, hasConflict } from './compareRows';
import { reconcileColumns } from './columns';
import { useRememberedState } from './useRememberedState';
import { useSourceTexts } from './useSourceTexts';
import './compare.css';

export interface CompareSource {
  id: number;
  title: string;
  outlet?: string | null;
}

interface Props {
  /** The analysis (null while it loads). */
  report: AnalysisReport | null;
  /** The project's sources, for their outlet names. */
  sources: readonly CompareSource[];
  /** Opens a sentence (offsets into the source's cleaned text) in its source. */
  onJumpToSource(sourceId: number, start: number, end: number): void;
}

/** The Compare view: the claims of the story side by side, source by source, marked where they differ. */
export function CompareView({ report, sources, onJumpToSource }: Props) {
  // Remembered per set of analysed sources: the ids alone would carry one project's choice to another.
  const memoryKey = `copydesk.compare:${hash((report?.sources ?? []).map((s) => `${s.id}=${s.title}`).join('|'))}`;
  const [chosen, setChosen] = useRememberedState<number[] | null>(`${memoryKey}:columns`, null);
  const [conflictsOnly, setConflictsOnly] = useRememberedState(`${memoryKey}:conflicts`, false);

  const all = useMemo(() => {
    const known = new Map(sources.map((s) => [s.id, s]));
    return (report?.sources ?? []).map((s) => {
      const source = known.get(s.id);
      return { id: s.id, name: source?.outlet || source?.title || s.title, title: source?.title ?? s.title };
    });
  }, [report, sources]);
  const columnIds = useMemo(() => reconcileColumns(chosen, all.map((s) => s.id)), [chosen, all]);
  const columns = useMemo(() => columnIds.map((id) => all.find((s) => s.id === id)!), [columnIds, all]);
  const rows = useMemo(() => (report ? buildRows(report) : []), [report]);
  const { texts, errors } = useSourceTexts(columnIds);
  const conflicting = useMemo(() => rows.filter((row) => hasConflict(row, columnIds, texts)), [rows, columnIds, texts]);
  const differing = useMemo(() => new Set(conflicting.filter((row) => row.conflictKinds.length === 0).map((row) => row.claim.id)), [conflicting]);
  const shown = conflictsOnly ? conflicting : rows;

  if (!report) {
    return (
      <p className="hint compare-empty" role="status">
        Loading the analysis…
      </p>
    );
  }
  if (!report.analyzedAt || all.length < 2) {
    return (
      <div className="empty-state compare-empty">
        <p className="empty-title">{all.length < 2 ? 'Nothing to compare yet' : 'Not analysed yet'}</p>
        <p>
          {all.length < 2
            ? 'Compare lines up two or more reports of the story claim by claim. Import another report, then analyse them.'
            : 'Analyse the sources (in Discrepancies) to line them up claim by claim; the table then shows each claim source by source.'}
        </p>
      </div>
    );
  }

  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <div className="compare-toolbar">
        <h2 id="compare-heading" className="compare-heading">
          Compare
        </h2>
        <ColumnPicker sources={all} columns={columnIds} onChange={setChosen} />
        <label className="toggle">
          <input type="checkbox" checked={conflictsOnly} onChange={(e) => setConflictsOnly(e.target.checked)} />
          Only rows with conflicts
        </label>
        <p className="compare-count" role="status">
          {conflictsOnly ? `${shown.length} of ${rows.length} rows with conflicts` : `${rows.length} rows · ${conflicting.length} with conflicts`}
        </p>
      </div>
      <div className="compare-legend" aria-label="Legend">
        <span>
          <ins>added</ins> words the source has and the reading lacks
        </span>
        <span>
          <del>struck</del> words of the reading the source lacks
        </span>
        <span>
          <span className="legend-missing">—</span> not reported
        </span>
        <span className="hint">Enter or click a sentence to open it in its source.</span>
      </div>
      {report.stale && <p className="badge badge-warn compare-note">Sources changed since the last analysis: analyse again before trusting the rows.</p>}
      {shown.length === 0 ? (
        <div className="empty-state compare-empty">
          <p className="empty-title">{rows.length === 0 ? 'No claims found' : 'No conflicts among these sources'}</p>
          <p>{rows.length === 0 ? 'The analysis found no sentences to line up.' : 'The shown sources agree on every claim they share. Show other sources, or all rows.'}</p>
        </div>
      ) : (
        <CompareGrid rows={shown} columns={columns} texts={texts} errors={errors} differing={differing} onJump={onJumpToSource} />
      )}
    </section>
  );
}

/** A short, stable key for a long string (djb2). */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
