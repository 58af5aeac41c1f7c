import { useState, type ClipboardEvent, type FormEvent } from 'react';
import { useModalDialog } from '../useModalDialog';
import { ACCEPTED_FILES } from '../api/files';
import type { ImportBatch } from '../useImport';

type Tab = 'files' | 'paste' | 'link';

interface Props {
  open: boolean;
  batch: ImportBatch | null;
  onClose(): void;
  onFiles(files: File[]): void;
  onPaste(text: string, html: string | null): void;
  onUrl(url: string): void;
}

const STATUS_TEXT = { imported: 'Imported', duplicate: 'Skipped', refused: 'Refused' } as const;

/** Bring articles in: files, pasted text or HTML, or a link. Shows progress and what happened to each. */
export function ImportDialog({ open, batch, onClose, onFiles, onPaste, onUrl }: Props) {
  const dialog = useModalDialog(open);
  const [tab, setTab] = useState<Tab>('files');
  const [pasted, setPasted] = useState('');
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const [url, setUrl] = useState('');


  const onPasteCapture = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    // Keep the HTML flavour too: the backend extracts the article (as text) and its metadata from it.
    const html = event.clipboardData.getData('text/html');
    setPastedHtml(html.trim() ? html : null);
  };
  const submitPaste = (event: FormEvent) => {
    event.preventDefault();
    if (pasted.trim() === '' && !pastedHtml) return;
    onPaste(pasted, pastedHtml);
    setPasted('');
    setPastedHtml(null);
  };
  const submitUrl = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim() === '') return;
    onUrl(url.trim());
    setUrl('');
  };
  const running = batch?.running === true;

  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={onClose} onCancel={(e) => running && e.preventDefault()}>
      <header className="dialog-header">
        <h2 id="import-title">Import articles</h2>
        <button type="button" className="icon-button" onClick={onClose} disabled={running} aria-label="Close">
          ×
        </button>
      </header>
      <div role="tablist" aria-label="Ways to import" className="tabs">
        {(['files', 'paste', 'link'] as const).map((t) => (
          <button key={t} type="button" role="tab" id={`import-tab-${t}`} aria-selected={tab === t} aria-controls={`import-panel-${t}`} onClick={() => setTab(t)}>
            {t === 'files' ? 'Files' : t === 'paste' ? 'Paste' : 'Link'}
          </button>
        ))}
      </div>
      {tab === 'files' && (
        <div role="tabpanel" id="import-panel-files" aria-labelledby="import-tab-files" className="tab-panel">
          <p>Text, Markdown, HTML or Word files, several at once. You can also drop files anywhere on the window.</p>
          <label className="file-picker">
            <span className="button-like">Choose files…</span>
            <input
              type="file"
              multiple
              accept={ACCEPTED_FILES}
              disabled={running}
              aria-label="Article files"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                onFiles(files);
              }}
            />
          </label>
        </div>
      )}
      {tab === 'paste' && (
        <form role="tabpanel" id="import-panel-paste" aria-labelledby="import-tab-paste" className="tab-panel" onSubmit={submitPaste}>
          <label htmlFor="paste-text">Article text (paste from a web page or a document)</label>
          <textarea id="paste-text" rows={10} value={pasted} onChange={(e) => setPasted(e.target.value)} onPaste={onPasteCapture} />
          {pastedHtml && <p className="hint">Formatted text pasted: Copydesk will read the article and its details from it.</p>}
          <button type="submit" disabled={running || (pasted.trim() === '' && !pastedHtml)}>
            Import pasted text
          </button>
        </form>
      )}
      {tab === 'link' && (
        <form role="tabpanel" id="import-panel-link" aria-labelledby="import-tab-link" className="tab-panel" onSubmit={submitUrl}>
          <label htmlFor="import-url">Address of the article (http or https)</label>
          <input id="import-url" type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} />
          <button type="submit" disabled={running || url.trim() === ''}>
            Fetch and import
          </button>
        </form>
      )}
      {batch && (
        <section className="import-results" aria-label="Import results">
          <div role="status" aria-live="polite">
            {batch.running ? `Importing ${Math.min(batch.done + 1, batch.total)} of ${batch.total}…` : `Done: ${summary(batch)}`}
          </div>
          <progress max={batch.total} value={batch.done} aria-label="Import progress" />
          <ul>
            {batch.rows.map((row, index) => (
              <li key={index} className={`import-row import-${row.status}`}>
                <span className="import-status">{STATUS_TEXT[row.status]}</span> <span className="import-label">{row.label}</span>
                <span className="import-message">{row.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </dialog>
  );
}

function summary(batch: ImportBatch): string {
  const count = (status: string) => batch.rows.filter((r) => r.status === status).length;
  return [`${count('imported')} imported`, `${count('duplicate')} skipped`, `${count('refused')} refused`].join(', ');
}
