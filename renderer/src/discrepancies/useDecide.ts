import { useCallback } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy } from '../../../shared/domain/analysis';
import { useApi } from '../api/ApiContext';
import { useFeedback } from '../feedback/FeedbackContext';
import { useUndo } from '../undo/UndoContext';
import { toErrorInfo } from '../useDesk';
import { describeDecision, restoreInput } from './decisionCommand';

/**
 * Records a decision through the API and puts it on the undo history; undoing puts back the
 * decision it replaced (or reopens). `onTouched` is told which discrepancy an undo or redo
 * changed, so the desk can select it. Resolves true when the decision was saved.
 */
export function useDecide(onTouched: (id: string) => void) {
  const api = useApi();
  const undo = useUndo();
  const { report } = useFeedback();

  return useCallback(
    async (discrepancy: Discrepancy, input: DecisionInput): Promise<boolean> => {
      const send = async (what: DecisionInput) => {
        await api.call('discrepancies.decide', { id: discrepancy.id, ...what });
        onTouched(discrepancy.id);
      };
      try {
        await api.call('discrepancies.decide', { id: discrepancy.id, ...input });
      } catch (cause) {
        report(`That decision was not saved: ${toErrorInfo(cause).message}`);
        return false;
      }
      const previous = restoreInput(discrepancy.decision, discrepancy);
      undo.push({ label: describeDecision(input, discrepancy), undo: () => send(previous), redo: () => send(input) });
      return true;
    },
    [api, undo, report, onTouched],
  );
}
