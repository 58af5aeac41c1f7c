import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { AppError } from '../../../../../shared/api/errors';
import type { BriefDocument } from '../../../../../shared/brief/document';
import type { BriefState } from '../../../../../shared/domain/brief';
import { useApi } from '../../../api/ApiContext';

export type SaveStatus = 'idle' | 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

interface Props {
  /** The version the loaded document came from. */
  baseVersion: number;
  delayMs?: number;
  onStatus(status: SaveStatus, message?: string): void;
  onSaved(state: BriefState): void;
  /** Lets the brief know a save is in flight (so it does not reload over it). */
  onSaving(promise: Promise<unknown>): void;
  /** Set to a function that saves what is on screen over a newer version (after a conflict). */
  keepMineRef?: { current: (() => void) | null };
  /** Set to a function that saves what is pending now and resolves when every save has answered. */
  flushRef?: { current: (() => Promise<void>) | null };
}

/**
 * Saves the brief shortly after each change, one save at a time, each based on the version the
 * last one returned; a change made elsewhere in between is a conflict the editor resolves. What is
 * pending is saved when the editor closes (another view, another window state).
 */
export function AutosavePlugin({ baseVersion, delayMs = 700, onStatus, onSaved, onSaving, keepMineRef, flushRef }: Props) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const callbacks = useRef({ onStatus, onSaved, onSaving });
  useEffect(() => {
    callbacks.current = { onStatus, onSaved, onSaving };
  }, [onStatus, onSaved, onSaving]);

  // The version the loaded document came from: read once; a new document remounts the editor.
  const initialVersion = useRef(baseVersion);
  useEffect(() => {
    let version = initialVersion.current;
    let dirty = false;
    let inFlight = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled: Promise<unknown> = Promise.resolve();

    const save = (): void => {
      if (!dirty || inFlight || stopped) return;
      dirty = false;
      inFlight = true;
      callbacks.current.onStatus('saving');
      const document = editor.getEditorState().toJSON() as unknown as BriefDocument;
      const request = api.call('brief.save', { document, baseVersion: version });
      callbacks.current.onSaving(request);
      settled = request.then(
        (state) => {
          inFlight = false;
          version = state.version;
          callbacks.current.onSaved(state);
          if (dirty) save();
          else callbacks.current.onStatus('saved');
        },
        (cause: unknown) => {
          inFlight = false;
          dirty = true;
          // Only a newer brief is a conflict; a busy file (another program holding it) is retried.
          const conflict = cause instanceof AppError && cause.code === 'CONFLICT' && typeof cause.details === 'object' && cause.details !== null && 'currentVersion' in cause.details;
          if (conflict) stopped = true;
          callbacks.current.onStatus(conflict ? 'conflict' : 'failed', cause instanceof Error ? cause.message : String(cause));
        },
      );
    };

    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if (prevEditorState.isEmpty() || (dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has('brief-load')) return;
      dirty = true;
      callbacks.current.onStatus('pending');
      clearTimeout(timer);
      timer = setTimeout(save, delayMs);
    });
    if (flushRef) {
      flushRef.current = async () => {
        clearTimeout(timer);
        save();
        // A save that finds more changes saves again; wait until none is in flight.
        for (let i = 0; i < 10 && (inFlight || dirty) && !stopped; i += 1) {
          await settled.catch(() => undefined);
          if (dirty && !inFlight) save();
        }
      };
    }
    if (keepMineRef) {
      keepMineRef.current = () =>
        void api.call('brief.get', {}).then((current) => {
          version = current.version;
          stopped = false;
          dirty = true;
          save();
        });
    }
    return () => {
      if (keepMineRef) keepMineRef.current = null;
      if (flushRef) flushRef.current = null;
      off();
      clearTimeout(timer);
      save(); // flush what is pending when the editor goes away
      stopped = true;
    };
  }, [editor, api, delayMs, keepMineRef, flushRef]);

  return null;
}
