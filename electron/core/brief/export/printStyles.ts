/**
 * The print stylesheet of the brief: the one place that decides how a printed brief looks, for
 * headless Chromium and Electron's printToPDF alike. A4 with margins that leave room for the
 * running header and footer (see pdfTemplates.ts), a serif body at 11pt, the headline and
 * standfirst set apart, tables with rules, links in the text colour, numbered references.
 */
import { PAGE_MARGINS_MM as M } from './pdfTemplates';

export const PRINT_STYLES = `
@page { size: A4; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
:root { color-scheme: light; }
html { font-size: 11pt; }
body {
  margin: 0;
  color: #111;
  background: #fff;
  font-family: 'Charter', 'Georgia', 'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif;
  line-height: 1.45;
  font-kerning: normal;
  hyphens: auto;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.brief { max-width: 170mm; margin: 0 auto; }
p { margin: 0 0 0.7em; orphans: 3; widows: 3; }
h1, h2, h3 { font-weight: 700; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1.headline { font-size: 22pt; margin: 0 0 0.35em; letter-spacing: -0.01em; }
p.standfirst {
  font-size: 13pt;
  line-height: 1.4;
  color: #333;
  margin: 0 0 1.2em;
  padding-bottom: 0.8em;
  border-bottom: 0.75pt solid #999;
}
h2 {
  font-size: 13pt;
  margin: 1.6em 0 0.5em;
  padding-top: 0.3em;
  border-top: 0.5pt solid #bbb;
  font-variant-caps: all-small-caps;
  letter-spacing: 0.04em;
}
h3 { font-size: 11.5pt; margin: 1.2em 0 0.4em; }
a { color: inherit; text-decoration: none; overflow-wrap: anywhere; }
a[href^='http'], a[href^='mailto'] { text-decoration: underline; text-decoration-thickness: 0.5pt; text-underline-offset: 1.5pt; }
ul, ol { margin: 0 0 0.8em; padding-left: 1.4em; }
li { margin: 0 0 0.3em; }
li > p { margin: 0; }
blockquote { margin: 0 0 0.8em 1em; padding-left: 0.8em; border-left: 1.5pt solid #999; color: #333; }
code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 0.9em; }
sup { line-height: 0; font-size: 0.7em; }
sup + sup::before { content: ','; }
a[data-footnote-ref] { text-decoration: none; }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em; font-size: 9.5pt; line-height: 1.35; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { overflow-wrap: break-word; text-align: left; vertical-align: top; padding: 0.35em 0.5em 0.35em 0; }
th { border-top: 1pt solid #111; border-bottom: 0.75pt solid #111; font-weight: 700; }
td { border-bottom: 0.4pt solid #aaa; }
tr:last-child td { border-bottom: 1pt solid #111; }
/* The corrections table: room for the readings and the note, the wide column for what sources said. */
h2.section-corrections + table th:nth-child(1) { width: 24%; }
h2.section-corrections + table th:nth-child(2) { width: 38%; }
h2.section-corrections + table th:nth-child(3) { width: 16%; }
h2.section-corrections + table th:nth-child(4) { width: 22%; }
section.footnotes { margin-top: 2em; font-size: 9pt; line-height: 1.35; }
section.footnotes h2 { font-size: 11pt; }
section.footnotes ol { padding-left: 1.6em; }
section.footnotes li { margin-bottom: 0.5em; break-inside: avoid; }
section.footnotes li p { margin: 0 0 0.2em; }
section.footnotes ul { list-style: none; padding-left: 0; margin: 0; color: #333; }
section.footnotes ul li { margin: 0 0 0.15em; break-inside: auto; }
`;
