import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../shared/api/errors';
import type { SourceDetail } from '../../../shared/domain/source';
import { useApi } from '../api/ApiContext';
import { formatDate, paragraphs } from '../format';
import { toErrorInfo } from '../useDesk';

/** The Reader landmark: one source's text. Article text is rendered as text, never as markup. */
export function ReaderPane({ sourceId, hasSources }: { sourceId: number | null; hasSources: boolean }) {
  const api = useApi();
  const [source, setSource] = useState<SourceDetail | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    if (sourceId === null) return;
    let current = true;
    api.call('sources.get', { id: sourceId }).then(
      (detail) => {
        if (!current) return;
        setSource(detail);
        setError(null);
      },
      (cause: unknown) => current && setError(toErrorInfo(cause)),
    );
    return () => {
      current = false;
    };
  }, [api, sourceId]);

  const shown = source && source.id === sourceId ? source : null;
  return (
    <main className="pane reader-pane" aria-label="Reader">
      {error ? (
        <p role="alert" className="notice notice-error">
          {error.message}
        </p>
      ) : !hasSources ? (
        <div className="empty-state reader-empty">
          <p className="empty-title">Nothing to read yet</p>
          <p>When the project has articles, choose one in Sources to read it here.</p>
        </div>
      ) : !shown ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : (
        <article className="reader-article" aria-labelledby="reader-title">
          <header>
            <p className="reader-outlet">{shown.outlet ?? 'Unknown outlet'}</p>
            <h2 id="reader-title">{shown.title}</h2>
            <p className="reader-meta">
              {[shown.author ? `By ${shown.author}` : null, formatDate(shown.publishedAt), `${shown.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
            </p>
            {shown.url && <p className="reader-url">{shown.url}</p>}
          </header>
          <div className="reader-text">
            {paragraphs(shown.text).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </article>
      )}
    </main>
  );
}
