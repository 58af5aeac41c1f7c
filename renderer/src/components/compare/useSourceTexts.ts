import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toErrorInfo } from '../../useDesk';

export interface SourceTexts {
  /** Cleaned texts loaded so far, by source id. */
  texts: ReadonlyMap<number, string>;
  /** Sources whose text could not be loaded, with the reason. */
  errors: ReadonlyMap<number, string>;
}

/**
 * The cleaned texts of the given sources, fetched when first asked for and kept while the view is
 * open (a source that changes is fetched again). Only the shown columns are asked for, so a
 * project of 200 sources loads at most 20 texts.
 */
export function useSourceTexts(ids: readonly number[]): SourceTexts {
  const api = useApi();
  const [state, setState] = useState<SourceTexts>({ texts: new Map(), errors: new Map() });
  const requested = useRef(new Set<number>());
  const [changed, setChanged] = useState(0);
  const key = ids.join(',');

  useEffect(() => {
    const wanted = key ? key.split(',').map(Number) : [];
    const missing = wanted.filter((id) => !requested.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) requested.current.add(id);
    // One state update for the batch: every arrival re-renders the table and recounts its conflicts.
    // Stored even if the columns changed meanwhile: the text is cached for when they come back.
    void Promise.allSettled(missing.map((id) => api.call('sources.get', { id }))).then((results) => {
      // A failed text is asked for again the next time the columns change.
      results.forEach((result, i) => result.status === 'rejected' && requested.current.delete(missing[i]!));
      setState((s) => {
        const texts = new Map(s.texts);
        const errors = new Map(s.errors);
        results.forEach((result, i) => {
          const id = missing[i]!;
          if (result.status === 'fulfilled') {
            texts.set(id, result.value.text);
            errors.delete(id);
          } else {
            errors.set(id, toErrorInfo(result.reason).message);
          }
        });
        return { texts, errors };
      });
    });
  }, [api, key, changed]);

  useEffect(
    () =>
      api.on('sources.changed', ({ ids: changedIds }) => {
        for (const id of changedIds) requested.current.delete(id);
        setState((s) => ({ texts: without(s.texts, ...changedIds), errors: without(s.errors, ...changedIds) }));
        setChanged((n) => n + 1);
      }),
    [api],
  );

  return state;
}

function without<V>(map: ReadonlyMap<number, V>, ...ids: number[]): Map<number, V> {
  const next = new Map(map);
  for (const id of ids) next.delete(id);
  return next;
}
