/** Decisions as undoable commands: what to send to undo one, and how to name it for the editor. */
import type { DecisionInput } from '../../../shared/api/contract';
import type { Decision, Discrepancy } from '../../../shared/domain/analysis';

const short = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** “picked ‘Qin Gang’”, “dismissed ‘Qin Gang / Chen Gang’”… */
export function describeDecision(input: DecisionInput, discrepancy: Discrepancy): string {
  switch (input.action) {
    case 'pick':
      return `picked ‘${short(input.reading)}’`;
    case 'correct':
      return `corrected to ‘${short(input.reading)}’`;
    case 'dismiss':
      return `dismissed ‘${short(discrepancy.summary)}’`;
    case 'reopen':
      return `reopened ‘${short(discrepancy.summary)}’`;
  }
}

/** The decision that puts back `previous` as it was (reading, note, evidence), or reopens. */
export function restoreInput(previous: Decision | null, discrepancy: Discrepancy): DecisionInput {
  if (!previous) return { action: 'reopen' };
  const extra = { note: previous.note, evidenceUrl: previous.evidenceUrl };
  if (previous.status === 'dismissed') return { action: 'dismiss', ...extra };
  const reading = previous.reading ?? '';
  const picked = discrepancy.variants.some((v) => v.text === reading);
  return { action: picked ? 'pick' : 'correct', reading, ...extra };
}
