import { useCallback } from 'react';
import type { DecisionInput } from '../../../shared/api/contract';
import type { Discrepancy } from '../../../shared/domain/analysis';
import { useApi } from '../api/ApiContext';
import { useFeedback } from '../feedback/FeedbackContext';
import { useUndo } from '../undo/UndoContext';
import { toErrorInfo } from '../useDesk';
import { recordDecision } from './recordDecision';

/**
 * Records a decision through the API and puts it on the undo history (see recordDecision).
 * `onTouched` is told which discrepancy an undo or redo changed, so the desk can select it.
 */
export function useDecide(onTouched: (id: string) => void) {
  const api = useApi();
  const undo = useUndo();
  const { report } = useFeedback();
  return useCallback(
    (discrepancy: Discrepancy, input: DecisionInput): Promise<boolean> =>
      recordDecision(
        { send: (id, what) => api.call('discrepancies.decide', { id, ...what }), undo, report, onTouched, errorMessage: (cause) => toErrorInfo(cause).message },
        discrepancy,
        input,
      ),
    [api, undo, report, onTouched],
  );
}
