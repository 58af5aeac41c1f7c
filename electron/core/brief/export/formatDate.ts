import { formatDate as formatAnyDate } from '../../../../shared/text/formatDate';

/** Dates as an editor writes them in a reference: "12 June 2023" (anything unparseable verbatim). */
export const formatDate = (value: string | null | undefined): string | null => formatAnyDate(value, 'long');
