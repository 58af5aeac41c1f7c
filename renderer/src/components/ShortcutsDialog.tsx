import { useModalDialog } from '../useModalDialog';

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

const SECTIONS: Array<{ title: string; keys: Array<[string, string]> }> = [
  {
    title: 'Review',
    keys: [
      ['j / k', 'Next / previous discrepancy in the queue'],
      ['1 – 9', 'Use that reading for the selected discrepancy'],
      ['d', 'Dismiss it: not a discrepancy'],
      ['e', 'Type a correction instead'],
      ['a', 'Annotate the words selected in the reader'],
      ['Enter', 'On a highlight in the reader: open its discrepancy'],
      [`${MOD}+Z`, 'Undo the last decision'],
      [`Shift+${MOD}+Z or ${MOD}+Y`, 'Redo it'],
    ],
  },
  {
    title: 'Find and move',
    keys: [
      ['/', 'Search all sources'],
      ['Enter / Shift+Enter, F3', 'Next / previous match (in the search bar)'],
      [`${MOD}+1 / 2 / 3`, 'Reader, Compare, Brief (Alt+1/2/3 in a browser)'],
      ['↑ ↓ Home End', 'Move through the sources or the queue (when focused)'],
      ['← →', 'Resize a pane (on its divider; double-click resets)'],
    ],
  },
  {
    title: 'Project',
    keys: [
      [`${MOD}+I`, 'Import articles'],
      ['Enter', 'Save a title or details you are editing'],
      ['Esc', 'Cancel an edit, close search or a dialog'],
      [`? or ${MOD}+/`, 'Show these shortcuts'],
    ],
  },
];

/** The shortcut sheet: `?`, Ctrl/Cmd+/ or Help › Keyboard Shortcuts. Letter keys do nothing while you type in a field. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="import-dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {SECTIONS.map((section) => (
        <table key={section.title} className="shortcuts">
          <caption>{section.title}</caption>
          <tbody>
            {section.keys.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="hint shortcuts-note">Single-letter keys work when you are not typing in a field.</p>
    </dialog>
  );
}
