/** Recording a decision so that it can be undone: the logic behind useDecide, without React. */
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy } from '../../../shared/domain/analysis';
import type { UndoStack } from '../undo/undoStack';
import { describeDecision, restoreInput } from './decisionCommand';

export interface DecisionDeps {
  /** Sends one decision to the backend (discrepancies.decide); rejects with its error. */
  send(id: string, input: DecisionInput): Promise<unknown>;
  undo: Pick<UndoStack, 'push'>;
  /** Shows a problem the editor can act on. */
  report(message: string): void;
  /** An undo or redo changed this discrepancy (the desk selects it). */
  onTouched(id: string): void;
  errorMessage(cause: unknown): string;
}

/**
 * Sends the decision; once saved, puts it on the undo history, whose undo puts back the decision
 * it replaced (reading, note and evidence) or reopens. Resolves true when the decision was saved.
 */
export async function recordDecision(deps: DecisionDeps, discrepancy: Discrepancy, input: DecisionInput): Promise<boolean> {
  try {
    await deps.send(discrepancy.id, input);
  } catch (cause) {
    deps.report(`That decision was not saved: ${deps.errorMessage(cause)}`);
    return false;
  }
  const previous = restoreInput(discrepancy.decision, discrepancy);
  const apply = async (what: DecisionInput) => {
    await deps.send(discrepancy.id, what);
    deps.onTouched(discrepancy.id);
  };
  deps.undo.push({ label: describeDecision(input, discrepancy), undo: () => apply(previous), redo: () => apply(input) });
  return true;
}
