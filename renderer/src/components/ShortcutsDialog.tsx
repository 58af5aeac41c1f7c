import { useModalDialog } from '../useModalDialog';

const MOD = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform) ? '⌘' : 'Ctrl';

const SHORTCUTS: Array<[string, string]> = [
  [`${MOD}+I`, 'Import articles'],
  ['↑ ↓ Home End', 'Move through the sources (in the Sources list)'],
  ['A', 'Annotate the words selected in the reader'],
  ['Enter', 'Save a title or details you are editing; on a highlight, open its discrepancy'],
  ['Esc', 'Cancel an edit, or close a dialog'],
  [`? or ${MOD}+/`, 'Show these shortcuts'],
];

/** The shortcut sheet: `?`, Ctrl/Cmd+/ or Help › Keyboard Shortcuts. */
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
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
