import { useEffect, useState } from 'react';
import { ErrorScreen } from './components/ErrorScreen';
import { NoProject } from './components/NoProject';
import { ReaderPane } from './components/ReaderPane';
import { SourcesPane } from './components/SourcesPane';
import { TopBar } from './components/TopBar';
import { useDesk } from './useDesk';

export function App() {
  const { state, reload } = useDesk();
  const [selectedId, setSelectedId] = useState<number | null>(null);

  // The selection is always valid: the first source when nothing (or a vanished source) is selected.
  const sources = state.status === 'ready' ? state.sources : [];
  const shownId = sources.some((s) => s.id === selectedId) ? selectedId : (sources[0]?.id ?? null);

  useEffect(() => {
    document.title = state.status === 'ready' ? `${state.project.title} — Copydesk` : 'Copydesk';
  }, [state]);

  if (state.status === 'loading') {
    return (
      <div className="screen-center" role="status">
        Opening the project…
      </div>
    );
  }
  if (state.status === 'error') return <ErrorScreen error={state.error} onRetry={reload} />;
  if (state.status === 'no-project') return <NoProject app={state.app} />;

  return (
    <div className="desk">
      <TopBar project={state.project} />
      <div className="desk-body">
        <SourcesPane sources={state.sources} selectedId={shownId} onSelect={setSelectedId} />
        <ReaderPane sourceId={shownId} hasSources={state.sources.length > 0} />
      </div>
    </div>
  );
}
