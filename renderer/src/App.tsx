import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Excerpt } from '../../shared/domain/analysis';
import type { MainView } from '../../shared/domain/prefs';
import { MAIN_VIEWS } from '../../shared/domain/prefs';
import { useApi } from './api/ApiContext';
import type { ExportFormat } from '../../shared/domain/brief';
import type { SourceSummary } from '../../shared/domain/source';
import { DiscrepanciesPane } from './components/DiscrepanciesPane';
import { ErrorScreen } from './components/ErrorScreen';
import { ImportDialog } from './components/ImportDialog';
import { MainArea } from './components/MainArea';
import { NoProject } from './components/NoProject';
import { ReaderPane } from './components/ReaderPane';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SourcesPane } from './components/SourcesPane';
import { TopBar } from './components/TopBar';
import type { DecisionDraft } from './discrepancies/Inspector';
import { useDecide } from './discrepancies/useDecide';
import { useReview } from './discrepancies/useReview';
import { DeskErrorBoundary } from './feedback/DeskErrorBoundary';
import { FeedbackProvider, useFeedback } from './feedback/FeedbackContext';
import { useDeskKeys } from './keys/useDeskKeys';
import { PaneSeparator } from './layout/PaneSeparator';
import { PANE_LIMITS } from './layout/paneWidths';
import { useDeskLayout } from './layout/useDeskLayout';
import { PrefsProvider, usePrefs } from './prefs/PrefsContext';
import { useSessionState } from './prefs/useSessionState';
import { ExcerptFocusProvider, useExcerptFocus } from './reader/ExcerptFocusContext';
import { SearchBar } from './search/SearchBar';
import { SearchProvider, useSearch } from './search/SearchContext';
import { UndoProvider, useUndo } from './undo/UndoContext';
import { toErrorInfo, useDesk } from './useDesk';
import { useFileDrop } from './useFileDrop';
import { useImport, type ImportRow } from './useImport';

const NO_SOURCES: SourceSummary[] = [];

// The Brief editor (Lexical rich text, tables, lists) and the Compare table load when first opened,
// so the desk's first view does not wait for them.
const BriefView = lazy(() => import('./components/brief/BriefView').then((m) => ({ default: m.BriefView })));
const CompareView = lazy(() => import('./components/compare/CompareView').then((m) => ({ default: m.CompareView })));
const loadingView = (
  <p className="hint view-loading" role="status">
    Loading…
  </p>
);

/** The desk with what every part of it shares: feedback, undo history, preferences, search. */
export function App() {
  return (
    <DeskErrorBoundary>
      <FeedbackProvider>
        <UndoProvider>
        <PrefsProvider>
          <SearchProvider>
            <ExcerptFocusProvider>
              <Desk />
              </ExcerptFocusProvider>
            </SearchProvider>
          </PrefsProvider>
        </UndoProvider>
      </FeedbackProvider>
    </DeskErrorBoundary>
  );
}

function Desk() {
  const api = useApi();
  const { state, reload } = useDesk();
  const { prefs, loaded: prefsLoaded, update: updatePrefs } = usePrefs();
  const layout = useDeskLayout();
  const review = useReview();
  const search = useSearch();
  const undo = useUndo();
  const { announce, report } = useFeedback();
  const [selectedId, setSelectedId] = useSessionState<number | null>('source', null, (stored) => (typeof stored === 'number' ? stored : null));
  const [importOpen, setImportOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const correctionRef = useRef<HTMLInputElement>(null);
  const draftRef = useRef<DecisionDraft>({ id: null, note: null, evidenceUrl: null });
  const importer = useImport();
  const view: MainView = prefs.view ?? 'reader';
  const setView = useCallback((next: MainView) => updatePrefs({ view: next }), [updatePrefs]);

  // The selection is always valid: the first source when nothing (or a vanished source) is selected.
  const sources = state.status === 'ready' ? state.sources : [];
  const shownId = sources.some((s) => s.id === selectedId) ? selectedId : (sources[0]?.id ?? null);
  const writable = state.status === 'ready' && !state.project.readOnly;

  // After a batch, show the first article it brought in.
  const showFirst = useCallback((rows: ImportRow[]) => {
    const first = rows.find((r) => r.sourceId !== undefined)?.sourceId;
    if (first !== undefined) setSelectedId(first);
  }, [setSelectedId]);
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
  const openImport = useCallback(() => setImportOpen(true), []);
  const hasSources = sources.length > 0;
  // Made once per change of its inputs, so moving through the queue does not re-render the reader.
  const { select } = review;
  const allSources = state.status === 'ready' ? state.sources : NO_SOURCES;
  const reader = useMemo(
    () => <ReaderPane sourceId={shownId} hasSources={hasSources} readOnly={!writable} sources={allSources} onImport={openImport} onFocusDiscrepancy={select} />,
    [shownId, hasSources, writable, allSources, openImport, select],
  );
  const excerptFocus = useExcerptFocus();
  const decide = useDecide(select);
  const showExcerpt = useCallback(
    (excerpt: Excerpt) => {
      setSelectedId(excerpt.sourceId);
      setView('reader');
      excerptFocus.show(excerpt);
    },
    [setView, excerptFocus, setSelectedId],
  );

  // A citation in the brief (or a cell of the compare table) opens its sentence, marked, in the reader.
  const jumpToSource = useCallback((sourceId: number, start: number, end: number) => showExcerpt({ sourceId, start, end, quote: '' }), [showExcerpt]);
  const [exportRequest, setExportRequest] = useState<{ format: ExportFormat; seq: number } | null>(null);

  // A search hit shows its source in the reader.
  const { onHit } = search;
  useEffect(
    () =>
      onHit((hit) => {
        setSelectedId(hit.sourceId);
        setView('reader');
      }),
    [onHit, setView, setSelectedId],
  );

  // Another project: the undo history belonged to the last one.
  const projectPath = state.status === 'ready' ? state.project.path : null;
  useEffect(() => undo.clear(), [projectPath, undo]);

  useEffect(() => {
    document.title = state.status === 'ready' ? `${state.project.title} — Copydesk` : 'Copydesk';
  }, [state]);

  useEffect(
    // The desktop menu's File › Import Articles…, Export Markdown…/PDF… and Help › Keyboard Shortcuts.
    () =>
      api.on('app.commanded', ({ command }) => {
        if (command === 'import') {
          if (writable) setImportOpen(true);
        } else if (command === 'shortcuts') {
          setShortcutsOpen(true);
        } else {
          setView('brief');
          setExportRequest((previous) => ({ format: command === 'export-pdf' ? 'pdf' : 'markdown', seq: (previous?.seq ?? 0) + 1 }));
        }
      }),
    [api, writable, setView],
  );

  const history = (which: 'undo' | 'redo') => {
    if (!writable) return;
    const done = which === 'undo' ? undo.undo() : undo.redo();
    done.then(
      (command) => announce(command ? `${which === 'undo' ? 'Undid' : 'Redid'}: ${command.label}` : `Nothing to ${which}`),
      (cause: unknown) => report(`Could not ${which} that: ${toErrorInfo(cause).message}`),
    );
  };
  const selected = review.selected;
  const decideByKey = (input: Parameters<typeof decide>[1]) => {
    if (!writable || !selected) return;
    void decide(selected, input);
  };
  // The note and evidence typed in the Inspector for this discrepancy (else what its decision had).
  const draft = () => {
    const typed = draftRef.current;
    if (selected && typed.id === selected.id) return { note: typed.note, evidenceUrl: typed.evidenceUrl };
    return { note: selected?.decision?.note ?? null, evidenceUrl: selected?.decision?.evidenceUrl ?? null };
  };
  useDeskKeys({
    import: () => writable && setImportOpen(true),
    shortcuts: () => setShortcutsOpen(true),
    next: () => review.step(1),
    previous: () => review.step(-1),
    pick: ({ variant }) => {
      const reading = selected?.variants[variant]?.text;
      if (reading === undefined || selected?.kind === 'single-source') return;
      decideByKey({ action: 'pick', reading, ...draft() });
    },
    dismiss: () => selected?.status === 'open' && decideByKey({ action: 'dismiss', ...draft() }),
    edit: () => correctionRef.current?.focus(),
    search: search.show,
    searchStep: ({ delta }) => (search.open ? search.step(delta) : search.show()),
    undo: () => history('undo'),
    redo: () => history('redo'),
    view: ({ index }) => setView(MAIN_VIEWS[index] ?? 'reader'),
  });

  if (state.status === 'loading' || !prefsLoaded) {
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
  const { widths } = layout;
  const columns = { '--sources-width': `${widths.sources}px`, '--discrepancies-width': `${widths.discrepancies}px` } as CSSProperties;

  return (
    <div className="desk">
      <TopBar project={state.project} />
      <div className="desk-body" style={columns}>
        <SourcesPane id="pane-sources" sources={state.sources} selectedId={shownId} onSelect={setSelectedId} onImport={writable ? openImport : null} />
        <PaneSeparator
          label="Resize the Sources pane"
          controls="pane-sources"
          value={widths.sources}
          min={PANE_LIMITS.sources.min}
          max={layout.max('sources')}
          direction={1}
          onChange={(w) => layout.setWidth('sources', w)}
          onReset={() => layout.reset('sources')}
        />
        <MainArea
          view={view}
          onView={setView}
          toolbar={<SearchBar sources={state.sources} />}
          reader={reader}
          compare={
            <Suspense fallback={loadingView}>
              <CompareView report={review.report} sources={state.sources} onJumpToSource={jumpToSource} />
            </Suspense>
          }
          brief={
            <Suspense fallback={loadingView}>
              <BriefView sources={state.sources} readOnly={!writable} onJumpToSource={jumpToSource} exportRequest={exportRequest} />
            </Suspense>
          }
        />
        <PaneSeparator
          label="Resize the Discrepancies pane"
          controls="pane-discrepancies"
          value={widths.discrepancies}
          min={PANE_LIMITS.discrepancies.min}
          max={layout.max('discrepancies')}
          direction={-1}
          onChange={(w) => layout.setWidth('discrepancies', w)}
          onReset={() => layout.reset('discrepancies')}
        />
        <DiscrepanciesPane
          id="pane-discrepancies"
          sources={state.sources}
          readOnly={!writable}
          review={review}
          correctionRef={correctionRef}
          draftRef={draftRef}
          onDecide={decide}
          onShowExcerpt={showExcerpt}
        />
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
