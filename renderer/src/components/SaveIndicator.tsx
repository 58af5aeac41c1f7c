import { useSaveState } from '../api/ApiContext';

/**
 * The quiet promise that nothing is lost: “Saving…” while a change is on its way to the project
 * file, “Saved” once it is there, “Not saved” (with the reason on hover and in the alert) if not.
 */
export function SaveIndicator() {
  const { inFlight, savedAt, failed } = useSaveState();
  const text = inFlight > 0 ? 'Saving…' : failed ? 'Not saved' : savedAt !== null ? 'Saved' : 'All changes saved';
  const tone = inFlight > 0 ? 'saving' : failed ? 'failed' : 'saved';
  return (
    <span className={`save-indicator save-${tone}`} role="status" title={failed && inFlight === 0 ? failed.message : 'Every change is saved to the project file as you make it'}>
      {text}
    </span>
  );
}
