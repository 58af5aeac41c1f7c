import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { MAIN_VIEWS, type MainView } from '../../../shared/domain/prefs';

const VIEW_TITLE: Record<MainView, string> = { reader: 'Reader', compare: 'Compare', brief: 'Brief' };
const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

interface Props {
  view: MainView;
  onView(view: MainView): void;
  /** Above the views: the search bar when open. */
  toolbar?: ReactNode;
  reader: ReactNode;
  /** The alignment table; until it is plugged in, an empty state says what will be here. */
  compare?: ReactNode;
  /** The consensus brief editor; likewise. */
  brief?: ReactNode;
}

function EmptyView({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state view-empty">
      <p className="empty-title">{title}</p>
      <p>{children}</p>
    </div>
  );
}

/**
 * The main area: one tab list (Reader, Compare, Brief; ←/→ between tabs, Ctrl/Cmd+1/2/3 from
 * anywhere) and the chosen view. The reader stays mounted while hidden so it keeps its place.
 */
export function MainArea({ view, onView, toolbar, reader, compare, brief }: Props) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = MAIN_VIEWS.indexOf(view);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? MAIN_VIEWS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = MAIN_VIEWS[(next + MAIN_VIEWS.length) % MAIN_VIEWS.length]!;
    onView(target);
    tabs.current[MAIN_VIEWS.indexOf(target)]?.focus();
  };

  const panels: Record<MainView, ReactNode> = {
    reader,
    compare: compare ?? (
      <EmptyView title="Nothing to compare yet">The sources’ claims will line up here side by side, one row per claim, once the comparison table is part of the desk.</EmptyView>
    ),
    brief: brief ?? <EmptyView title="No brief yet">The corrected brief, compiled from your decisions with a citation for every sentence, will be written here.</EmptyView>,
  };

  return (
    <div className="main-area">
      <div className="view-bar">
        <div role="tablist" aria-label="Views" className="view-tabs" onKeyDown={onKeyDown}>
          {MAIN_VIEWS.map((name, i) => (
            <button
              key={name}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`view-tab-${name}`}
              aria-controls={`view-panel-${name}`}
              aria-selected={view === name}
              tabIndex={view === name ? 0 : -1}
              className="view-tab"
              title={`${VIEW_TITLE[name]} (${MOD}+${i + 1})`}
              onClick={() => onView(name)}
            >
              {VIEW_TITLE[name]}
            </button>
          ))}
        </div>
        {toolbar}
      </div>
      {MAIN_VIEWS.map((name) =>
        name === 'reader' || name === view ? (
          <div key={name} role="tabpanel" id={`view-panel-${name}`} aria-labelledby={`view-tab-${name}`} className="view-panel" hidden={name !== view}>
            {panels[name]}
          </div>
        ) : null,
      )}
    </div>
  );
}
