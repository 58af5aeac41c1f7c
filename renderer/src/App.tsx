import { useCallback, useEffect, useState } from 'react';
import { DiscrepanciesPane } from './components/DiscrepanciesPane';
import { ErrorScreen } from './components/ErrorScreen';
import { CompareView } from './components/compare/CompareView';
import { ImportDialog } from './components/ImportDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { useApi } from './api/ApiContext';
import { NoProject } from './components/NoProject';
import { ReaderPane } from './components/ReaderPane';
import { SourcesPane } from './components/SourcesPane';
import { TopBar } from './components/TopBar';
import { useDesk } from './useDesk';
import { useFileDrop } from './useFileDrop';
import { useAnalysis } from './useAnalysis';
import { useImport, type ImportRow } from './useImport';
import type { SourceSummary } from '../../shared/domain/source';

// Temporary until the main area has its Reader | Compare | Brief tabs: the Compare view behind a toggle.
function CompareMain({ sources, onJump }: { sources: SourceSummary[]; onJump(sourceId: number): void }) {
  const { report } = useAnalysis();
  return (
    <main className="pane" aria-label="Compare">
      <CompareView report={report} sources={sources} onJumpToSource={onJump} />
    </main>
  );
}

export function App() {
  const api = useApi();
  const { state, reload } = useDesk();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [compareOpen, setCompareOpen] = useState(false);
  const importer = useImport();

  // The selection is always valid: the first source when nothing (or a vanished source) is selected.
  const sources = state.status === 'ready' ? state.sources : [];
  const shownId = sources.some((s) => s.id === selectedId) ? selectedId : (sources[0]?.id ?? null);
  const writable = state.status === 'ready' && !state.project.readOnly;

  // After a batch, show the first article it brought in.
  const showFirst = useCallback((rows: ImportRow[]) => {
    const first = rows.find((r) => r.sourceId !== undefined)?.sourceId;
    if (first !== undefined) setSelectedId(first);
  }, []);
  const { importFiles, importPaste, importUrl } = importer;
  const onFiles = useCallback((files: File[]) => void importFiles(files).then(showFirst), [importFiles, showFirst]);
  const onPaste = useCallback((text: string, html: string | null) => void importPaste(text, html).then(showFirst), [importPaste, showFirst]);
  const onUrl = useCallback((url: string) => void importUrl(url).then(showFirst), [importUrl, showFirst]);
  const dropFiles = useCallback(
    (files: File[]) => {
      setImportOpen(true);
      onFiles(files);
    },
    [onFiles],
  );
  const dragging = useFileDrop(writable, dropFiles);

  useEffect(() => {
    document.title = state.status === 'ready' ? `${state.project.title} — Copydesk` : 'Copydesk';
  }, [state]);

  useEffect(() => {
    const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && event.key.toLowerCase() === 'i' && writable) {
        event.preventDefault();
        setImportOpen(true);
      } else if ((mod && event.key === '/') || (event.key === '?' && !mod && !typing(event.target))) {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    // The desktop menu's File › Import Articles… and Help › Keyboard Shortcuts.
    const offCommand = api.on('app.commanded', ({ command }) => (command === 'import' ? writable && setImportOpen(true) : setShortcutsOpen(true)));
    return () => {
      window.removeEventListener('keydown', onKey);
      offCommand();
    };
  }, [api, writable]);

  if (state.status === 'loading') {
    return (
      <div className="screen-center" role="status">
        Opening the project…
      </div>
    );
  }
  if (state.status === 'error') return <ErrorScreen error={state.error} onRetry={reload} />;
  if (state.status === 'no-project') return <NoProject app={state.app} />;

  const closeImport = () => {
    if (importer.batch?.running) return;
    setImportOpen(false);
    importer.clear();
  };

  return (
    <div className="desk">
      <TopBar project={state.project} />
      <div className="desk-body">
        <SourcesPane sources={state.sources} selectedId={shownId} onSelect={setSelectedId} onImport={writable ? () => setImportOpen(true) : null} />
        <div className="compare-switch-area">
          <div className="compare-switch">
            <button type="button" className="small-button" aria-pressed={compareOpen} onClick={() => setCompareOpen(!compareOpen)}>
              Compare
            </button>
          </div>
          {compareOpen ? (
            <CompareMain
              sources={state.sources}
              onJump={(id) => {
                setSelectedId(id);
                setCompareOpen(false);
              }}
            />
          ) : (
            <ReaderPane sourceId={shownId} hasSources={state.sources.length > 0} readOnly={!writable} onImport={() => setImportOpen(true)} />
          )}
        </div>
        <DiscrepanciesPane sources={state.sources} readOnly={!writable} onShowSource={setSelectedId} />
      </div>
      <ImportDialog open={importOpen} batch={importer.batch} onClose={closeImport} onFiles={onFiles} onPaste={onPaste} onUrl={onUrl} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop articles to import them
        </div>
      )}
    </div>
  );
}
