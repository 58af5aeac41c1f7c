import { useState, type FormEvent } from 'react';
import type { SourceDetail, SourceMetadataPatch } from '../../../shared/domain/source';
import { formatDate } from '../format';

interface Props {
  source: SourceDetail;
  readOnly: boolean;
  onSave(patch: SourceMetadataPatch): Promise<string | null>;
}

const FIELDS: Array<{ key: keyof SourceMetadataPatch; label: string; type?: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'author', label: 'Author' },
  { key: 'publishedAt', label: 'Published', type: 'text' },
  { key: 'url', label: 'Address', type: 'url' },
  { key: 'language', label: 'Language' },
];

/** The source's header: outlet, title, byline and date, with an editor for all of them. */
export function SourceDetails({ source, readOnly, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const begin = () => {
    setDraft(Object.fromEntries(FIELDS.map(({ key }) => [key, source[key] ?? ''])));
    setError(null);
    setEditing(true);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const patch: SourceMetadataPatch = {};
    for (const { key } of FIELDS) {
      const value = (draft[key] ?? '').trim();
      const before = source[key] ?? '';
      if (value === before) continue;
      if (key === 'title') patch.title = value;
      else patch[key] = value === '' ? null : value;
    }
    const problem = Object.keys(patch).length === 0 ? null : await onSave(patch);
    if (problem) setError(problem);
    else setEditing(false);
  };

  if (editing) {
    return (
      <form className="details-form" onSubmit={save} aria-label="Source details" onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
        {FIELDS.map(({ key, label, type }) => (
          <label key={key}>
            <span>{label}</span>
            <input type={type ?? 'text'} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} autoFocus={key === 'title'} />
          </label>
        ))}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit">Save details</button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  return (
    <header>
      <p className={source.outlet ? 'reader-outlet' : 'reader-outlet unknown'}>{source.outlet ?? 'Outlet not set'}</p>
      <h2 id="reader-title">{source.title}</h2>
      <p className="reader-meta">
        {[source.author ? `By ${source.author}` : null, formatDate(source.publishedAt), `${source.wordCount.toLocaleString('en')} words`, source.language, source.fileName]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {source.url && <p className="reader-url">{source.url}</p>}
      {source.nearDuplicateOf !== null && (
        <p className="badge badge-info">Near-duplicate of source {source.nearDuplicateOf}: counted as one outlet's copy, not independent support.</p>
      )}
      {!readOnly && (
        <button type="button" className="link-button" onClick={begin}>
          Edit details
        </button>
      )}
    </header>
  );
}
