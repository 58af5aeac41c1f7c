export { formatDate } from '../../shared/text/formatDate';

/** A paragraph of article text and where it starts in the text. */
export interface ParagraphSpan {
  text: string;
  start: number;
}

/** Article text split into paragraphs at blank lines, each trimmed, with its offset in the text. */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  const push = (from: number, to: number) => {
    const chunk = text.slice(from, to);
    const trimmed = chunk.trim();
    if (trimmed !== '') spans.push({ text: trimmed, start: from + chunk.indexOf(trimmed) });
  };
  const separator = /\n\s*\n/g;
  let from = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Splits article text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return paragraphSpans(text).map((p) => p.text);
}
