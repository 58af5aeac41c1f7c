import { useId } from 'react';
import type { AnalysisProgressState } from '../useAnalysis';

/** What the run is doing, in words: the progressbar's accessible name and its visible label. */
export function progressLabel(progress: AnalysisProgressState | null, sourceCount: number): string {
  if (!progress) return `Analysing ${sourceCount} sources…`;
  const { stage, done, total } = progress;
  if (stage === 'extract') return done === 0 ? `Analysing ${total} sources…` : `Analysing ${done} of ${total} sources…`;
  return stage === 'align' ? 'Lining up the claims…' : 'Comparing the claims…';
}

interface Props {
  progress: AnalysisProgressState | null;
  sourceCount: number;
}

/** A labelled progressbar for the analysis under way (indeterminate until the first report). */
export function AnalysisProgress({ progress, sourceCount }: Props) {
  const labelId = useId();
  const label = progressLabel(progress, sourceCount);
  return (
    <div className="analysis-progress pane-note">
      <span id={labelId} className="hint">
        {label}
      </span>
      {progress ? <progress aria-labelledby={labelId} max={100} value={progress.percent} /> : <progress aria-labelledby={labelId} />}
    </div>
  );
}
