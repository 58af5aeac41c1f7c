import type { DiscrepancyKind } from '../../../shared/domain/analysis';

/** One discrepancy of a kind, as the legend and the tooltip name it. */
export const DISCREPANCY_KIND_LABEL: Record<DiscrepancyKind, string> = {
  name: 'Name',
  number: 'Figure',
  duration: 'Duration',
  date: 'Date or day',
  time: 'Time',
  role: 'Title or role',
  quote: 'Quotation',
  attribution: 'Attribution',
  'single-source': 'Single-source claim',
};
