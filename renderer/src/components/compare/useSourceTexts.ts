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
    for (const id of wanted) {
      if (requested.current.has(id)) continue;
      requested.current.add(id);
      api.call('sources.get', { id }).then(
        // Stored even if the columns changed meanwhile: the text is cached for when they come back.
        (source) => setState((s) => ({ texts: new Map(s.texts).set(id, source.text), errors: without(s.errors, id) })),
        (cause: unknown) => {
          requested.current.delete(id);
          setState((s) => ({ texts: s.texts, errors: new Map(s.errors).set(id, toErrorInfo(cause).message) }));
        },
      );
    }
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
