import { useCallback, useEffect, useRef, useState } from 'react';
import type { Excerpt } from '../../../../shared/domain/analysis';
import type { BriefRevision, ExportFormat } from '../../../../shared/domain/brief';
import type { SourceSummary } from '../../../../shared/domain/source';
import { BriefEditor } from './BriefEditor';
import type { SaveStatus } from './plugins/AutosavePlugin';
import { RevisionsPanel } from './RevisionsPanel';
import { useBrief } from './useBrief';
import { useBriefExport } from './useBriefExport';

interface Props {
  sources: SourceSummary[];
  readOnly: boolean;
  onJumpToSource(sourceId: number, start: number, end: number): void;
  /** The desktop menu asked for an export (seq makes a repeat count). */
  exportRequest?: { format: ExportFormat; seq: number } | null;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  conflict: 'Not saved: changed elsewhere',
  failed: 'Not saved',
};

/** The Brief view: compile the consensus brief, edit it, look back through its revisions. */
export function BriefView({ sources, readOnly, onJumpToSource, exportRequest = null }: Props) {
  const brief = useBrief();
  const { state, loadKey, busy, error, lastCompile, compile, restore, reload, saved, trackSave } = brief;
  const [status, setStatus] = useState<{ status: SaveStatus; message?: string }>({ status: 'idle' });
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [viewing, setViewing] = useState<BriefRevision | null>(null);

  const sourceName = useCallback((id: number) => {
    const s = sources.find((x) => x.id === id);
    return s ? (s.outlet ?? s.title) : `Source ${id} (removed)`;
  }, [sources]);
  const onJump = useCallback((e: Excerpt) => onJumpToSource(e.sourceId, e.start, e.end), [onJumpToSource]);
  const onStatus = useCallback((next: SaveStatus, message?: string) => setStatus(message === undefined ? { status: next } : { status: next, message }), []);

  const keepMineRef = useRef<(() => void) | null>(null);
  const flushRef = useRef<(() => Promise<void>) | null>(null);
  const flush = useCallback(() => flushRef.current?.() ?? Promise.resolve(), []);
  const exporter = useBriefExport(flush);
  const { run: runExport } = exporter;
  const handled = useRef(0);
  useEffect(() => {
    if (!exportRequest || exportRequest.seq === handled.current) return;
    handled.current = exportRequest.seq;
    void runExport(exportRequest.format);
  }, [exportRequest, runExport]);
  const loadNewer = async () => {
    await reload();
    setStatus({ status: 'idle' });
  };

  if (state === null) {
    return (
      <section className="brief-view" aria-label="Brief">
        {error ? (
          <p role="alert" className="inline-error">
            {error.message}
          </p>
        ) : (
          <p className="hint" role="status">
            Loading the brief…
          </p>
        )}
      </section>
    );
  }

  const minSupport = state.minSupport;
  const shown = viewing ?? null;
  return (
    <section className="brief-view" aria-label="Brief">
      <header className="brief-head">
        <div className="brief-actions">
          {!readOnly && (
            <>
              <button type="button" className="primary" onClick={() => void flush().then(() => compile())} disabled={busy !== null || sources.length === 0}>
                {busy === 'compile' ? 'Compiling…' : state.document ? 'Recompile' : 'Compile brief'}
              </button>
              <label className="support-setting">
                Body claims need
                <select value={minSupport} onChange={(e) => {
                    const k = Number(e.target.value);
                    void flush().then(() => compile(k));
                  }} disabled={busy !== null || state.document === null} aria-label="Sources a claim needs to enter the body">
                  {[1, 2, 3, 4, 5].map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
                {minSupport === 1 ? 'source' : 'sources'}
              </label>
            </>
          )}
          {state.document && (
            <button type="button" onClick={() => setRevisionsOpen((open) => !open)} aria-expanded={revisionsOpen}>
              Revisions
            </button>
          )}
          {(state.document || !readOnly) && sources.length > 0 && (
            <span className="export-actions" role="group" aria-label="Export">
              <button type="button" onClick={() => void exporter.run('markdown')} disabled={exporter.busy !== null} title="Export the brief as Markdown (Ctrl+Shift+E in the desktop app)">
                Export Markdown
              </button>
              <button type="button" onClick={() => void exporter.run('pdf')} disabled={exporter.busy !== null} title="Export the brief as PDF (Ctrl+P in the desktop app)">
                Export PDF
              </button>
            </span>
          )}
        </div>
        {state.document && !shown && (
          <p className={`save-status save-${status.status}`} role="status" aria-live="polite">
            {STATUS_TEXT[status.status]}
          </p>
        )}
      </header>
      {error && (
        <p role="alert" className="inline-error">
          {error.message}
        </p>
      )}
      {exporter.busy && (
        <p role="status" className="export-progress">
          <progress aria-label={`Exporting ${exporter.busy === 'pdf' ? 'PDF' : 'Markdown'}`} />
          {exporter.busy === 'pdf' ? 'Printing the brief to PDF…' : 'Writing the Markdown…'}
        </p>
      )}
      {exporter.error && (
        <p role="alert" className="inline-error">
          Export failed: {exporter.error.message}
        </p>
      )}
      {exporter.done && (
        <p role="status" className="export-done">
          {exporter.done.savedTo ? `Saved ${exporter.done.fileName}` : `Downloaded ${exporter.done.fileName}`} ({Math.max(1, Math.round(exporter.done.bytes / 1024))} KB).{' '}
          {exporter.done.savedTo && (
            <button type="button" className="link-button" onClick={() => exporter.reveal(exporter.done!.savedTo!)}>
              Show in folder
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={exporter.dismiss} aria-label="Dismiss">
            ✕
          </button>
        </p>
      )}
      {status.status === 'conflict' && (
        <div role="alert" className="conflict">
          <p>{status.message}</p>
          <p>Keep what is on your screen (the newer text stays in the revisions), or load the newer brief (your unsaved changes are dropped).</p>
          <button type="button" onClick={() => keepMineRef.current?.()}>
            Keep my version
          </button>{' '}
          <button type="button" onClick={() => void loadNewer()}>
            Load the newer brief
          </button>
        </div>
      )}
      {status.status === 'failed' && (
        <p role="alert" className="inline-error">
          Your last changes are not saved yet: {status.message} Copydesk tries again with your next change.
        </p>
      )}
      {lastCompile && !shown && (
        <p className="hint compile-summary" role="status">
          Compiled {lastCompile.body} paragraphs from the sources; {lastCompile.setApart} claims set apart; {lastCompile.corrections} corrections.
          {lastCompile.keptEdits > 0 && ` Kept ${lastCompile.keptEdits} of your edits.`}
          {lastCompile.markedForReview > 0 && ` ${lastCompile.markedForReview} edited paragraphs are marked for review.`}
        </p>
      )}
      <div className="brief-body">
        {state.document === null ? (
          <div className="empty-state">
            <h2>No brief yet</h2>
            <p>
              Compile one from the analysis and your decisions: the claims at least {minSupport} sources make, in story order, each cited; single-source claims set
              apart; every correction listed. You can then edit it freely — recompiling keeps what you wrote.
            </p>
            {sources.length === 0 && <p className="hint">Import the articles first.</p>}
          </div>
        ) : shown ? (
          <div className="revision-preview">
            <p className="hint" role="status">
              Viewing an earlier revision (read-only).
            </p>
            <BriefEditor
              key={`revision-${shown.id}`}
              document={shown.document}
              version={0}
              readOnly
              sourceName={sourceName}
              onJump={onJump}
              onStatus={onStatus}
              onSaved={saved}
              onSaving={trackSave}
            />
          </div>
        ) : (
          <BriefEditor
            key={loadKey}
            document={state.document}
            version={state.version}
            readOnly={readOnly}
            sourceName={sourceName}
            onJump={onJump}
            onStatus={onStatus}
            onSaved={saved}
            onSaving={trackSave}
            keepMineRef={keepMineRef}
            flushRef={flushRef}
          />
        )}
        {revisionsOpen && state.document && (
          <RevisionsPanel
            version={state.version}
            readOnly={readOnly}
            viewing={shown?.id ?? null}
            onView={setViewing}
            onRestore={(id) => {
              setViewing(null);
              void flush().then(() => restore(id));
            }}
            onClose={() => {
              setRevisionsOpen(false);
              setViewing(null);
            }}
          />
        )}
      </div>
    </section>
  );
}
