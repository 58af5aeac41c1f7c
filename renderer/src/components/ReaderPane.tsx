import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../shared/api/errors';
import type { SourceBlock, SourceDetail, SourceMetadataPatch, SourceSummary } from '../../../shared/domain/source';
import { AnnotatedArticle } from '../annotations/AnnotatedArticle';
import { useApi } from '../api/ApiContext';
import { useReaderHighlights } from '../reader/useReaderHighlights';
import { toErrorInfo } from '../useDesk';
import { BlocksView } from './BlocksView';
import { SourceDetails } from './SourceDetails';

interface Props {
  sourceId: number | null;
  hasSources: boolean;
  readOnly: boolean;
  /** Every source, to name them in the highlights' variants. */
  sources?: SourceSummary[];
  onImport(): void;
  /** A discrepancy highlight was clicked (or Enter pressed on it): show that discrepancy. */
  onFocusDiscrepancy?(id: string): void;
}

/** The Reader landmark: one source's text. Article text is rendered as text, never as markup. */
export function ReaderPane({ sourceId, hasSources, readOnly, sources = [], onImport, onFocusDiscrepancy }: Props) {
  const api = useApi();
  const [source, setSource] = useState<SourceDetail | null>(null);
  const [blocks, setBlocks] = useState<SourceBlock[] | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const load = useCallback(
    (id: number, withBlocks: boolean) =>
      Promise.all([api.call('sources.get', { id }), withBlocks ? api.call('sources.blocks', { id }) : Promise.resolve(null)]),
    [api],
  );

  useEffect(() => {
    if (sourceId === null) return;
    let current = true;
    const refresh = () =>
      load(sourceId, showRemoved).then(
        ([detail, list]) => {
          if (!current) return;
          setSource(detail);
          setBlocks(list);
          setError(null);
        },
        (cause: unknown) => current && setError(toErrorInfo(cause)),
      );
    void refresh();
    const off = api.on('sources.changed', ({ ids }) => ids.includes(sourceId) && void refresh());
    return () => {
      current = false;
      off();
    };
  }, [api, load, sourceId, showRemoved]);

  const choose = async (block: SourceBlock, choice: 'keep' | 'remove') => {
    if (sourceId === null) return;
    setBusy(true);
    try {
      setBlocks(await api.call('sources.chooseBlock', { sourceId, blockId: block.id, choice }));
    } catch (cause) {
      setError(toErrorInfo(cause));
    } finally {
      setBusy(false);
    }
  };

  const saveDetails = async (patch: SourceMetadataPatch): Promise<string | null> => {
    if (sourceId === null) return null;
    try {
      await api.call('sources.update', { id: sourceId, ...patch });
      return null;
    } catch (cause) {
      return toErrorInfo(cause).message;
    }
  };

  const shown = source && source.id === sourceId ? source : null;
  const highlightRef = useReaderHighlights(shown);
  const removedCount = shown?.removedCount ?? 0;
  return (
    <main className="pane reader-pane" aria-label="Reader">
      {error && (
        <p role="alert" className="notice notice-error">
          {error.message}
        </p>
      )}
      {!hasSources ? (
        <div className="empty-state reader-empty">
          <p className="empty-title">Nothing to read yet</p>
          <p>Import the reports of one story (files, pasted text or links) and read each one here, with its junk cleaned out.</p>
          {!readOnly && (
            <button type="button" onClick={onImport}>
              Import articles…
            </button>
          )}
        </div>
      ) : !shown ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : (
        <article ref={highlightRef} className="reader-article" aria-labelledby="reader-title">
          <SourceDetails key={shown.id} source={shown} readOnly={readOnly} onSave={saveDetails} />
          <div className="reader-toolbar">
            <label className="toggle">
              <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} />
              Show removed text{removedCount > 0 ? ` (${removedCount})` : ''}
            </label>
          </div>
          {showRemoved && blocks ? (
            <BlocksView blocks={blocks} busy={busy || readOnly} onChoose={choose} />
          ) : (
            <AnnotatedArticle source={shown} sources={sources} readOnly={readOnly} onFocusDiscrepancy={onFocusDiscrepancy} />
          )}
        </article>
      )}
    </main>
  );
}
