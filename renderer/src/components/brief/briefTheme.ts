import type { EditorThemeClasses } from 'lexical';

/** Class names of the brief editor's nodes (styles in styles/brief.css). */
export const BRIEF_THEME: EditorThemeClasses = {
  paragraph: 'brief-p',
  heading: { h1: 'brief-h1', h2: 'brief-h2', h3: 'brief-h3' },
  quote: 'brief-quote',
  list: { ul: 'brief-ul', ol: 'brief-ol', listitem: 'brief-li', nested: { listitem: 'brief-li-nested' } },
  link: 'brief-link',
  text: { bold: 'brief-bold', italic: 'brief-italic', underline: 'brief-underline', strikethrough: 'brief-strike', code: 'brief-code' },
  table: 'brief-table',
  tableRow: 'brief-tr',
  tableCell: 'brief-td',
  tableCellHeader: 'brief-th',
};
