import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import type { BriefDocument, BriefNode } from './briefJson';
import { exportMarkdown } from './exportMarkdown';
import { briefFixture, cell, HOSTILE, cite, claim, heading, item, link, list, META, para, row, section, SOURCES, table, text } from './testing/briefFixture';
import { nodesOfType, parseGfm, plainText } from './testing/markdownTree';

const doc = (...children: BriefNode[]): BriefDocument => ({ root: { type: 'root', children } });


describe('exportMarkdown: structure', () => {
  const md = exportMarkdown(briefFixture(3), SOURCES, META);
  const tree = parseGfm(md);

  it('writes the headline as # and the sections as ##', () => {
    const headings = nodesOfType(tree, 'heading').map((h) => [h.depth, plainText(h)]);
    expect(headings).toEqual([
      [1, 'Port Calder swing bridge to close for six weeks'],
      [2, 'Single-source claims'],
      [2, 'Corrections'],
      [2, 'Sources'],
    ]);
  });

  it('cites with footnotes, one definition per source naming it and quoting the cited excerpts', () => {
    const refs = nodesOfType(tree, 'footnoteReference').map((r) => r.identifier);
    expect(refs.slice(0, 5)).toEqual(['1', '2', '3', '1', '2']);
    const defs = nodesOfType(tree, 'footnoteDefinition');
    expect(defs.map((d) => d.identifier)).toEqual(['1', '2', '3']);
    const first = plainText(defs[0]!);
    expect(first).toContain('The Harbour Ledger, “Swing bridge to shut for six weeks”, Ines Marlow, 2 March 2026');
    expect(first).toContain('“Harbour commissioner Maren Okafor said the work could not wait another winter.”');
    const links = nodesOfType(defs[0]!, 'link').map((l) => l.url);
    expect(links).toEqual(['https://harbourledger.example/news/swing-bridge-closure']);
    expect(plainText(defs[1]!)).toContain('“Maren Okoafor, the harbour commissioner, said the repairs were overdue.”');
  });

  it('does not double the quotation marks of an excerpt that is itself a quotation', () => {
    const said = { sourceId: 2, start: 0, end: 30, quote: '“We will reopen on time,” she said.' };
    const tree2 = parseGfm(exportMarkdown(doc(claim(1, 'The bridge will reopen on time.', [2], [said])), SOURCES, META));
    const items = nodesOfType(nodesOfType(tree2, 'footnoteDefinition')[0]!, 'listItem').map((i) => plainText(i));
    expect(items).toEqual(['“We will reopen on time,” she said.']);
  });

  it('numbers footnotes in the order sources are first cited, not by source id', () => {
    const tree2 = parseGfm(exportMarkdown(doc(claim(1, 'First.', [3]), claim(2, 'Second.', [1, 3])), SOURCES, META));
    const defs = nodesOfType(tree2, 'footnoteDefinition');
    expect(defs.map((d) => plainText(d).split(',')[0])).toEqual(['Northline Wire', 'The Harbour Ledger']);
    expect(nodesOfType(tree2, 'footnoteReference').map((r) => r.identifier)).toEqual(['1', '2', '1']);
  });

  it('writes the corrections as a GFM table with a header row', () => {
    const [tbl] = nodesOfType(tree, 'table');
    const rows = tbl!.children.map((r) => r.children.map((c) => plainText(c)));
    expect(rows[0]).toEqual(['Discrepancy', 'What the sources said', 'Reading used', 'Note']);
    expect(rows[1]).toEqual(['Name of the harbour commissioner', 'Harbour Ledger, Northline Wire: Maren Okafor; Calder Evening Post: Maren Okoafor', 'Maren Okafor', 'Checked against the commission’s staff list.']);
    expect(rows).toHaveLength(3);
  });

  it('keeps the single-source list and the numbered sources list', () => {
    const lists = nodesOfType(tree, 'list').filter((l) => !l.position || l.position.start.line < md.indexOf('[^1]:'));
    const bullets = lists.find((l) => !l.ordered && plainText(l).includes('£4.2 million'));
    expect(bullets?.children.map((i) => plainText(i))).toEqual(['The repairs will cost £4.2 million.', 'A night-time ferry will run for foot passengers.']);
    const numbered = lists.find((l) => l.ordered);
    expect(numbered?.children).toHaveLength(3);
    expect(plainText(numbered!)).toContain('Northline Wire, “Port Calder bridge repairs to begin in April”');
  });

  it('keeps bold, italic, strikethrough and code, and links the editor added', () => {
    const md2 = exportMarkdown(
      doc(para(text('plain '), text(' bold', 1), text('both', 3), text('gone', 4), text('a|b`c', 16), text(' under', 8), text(' '), link('https://example.org/x?a=1&b=2', text('site')))),
      [],
      { title: '', exportedAt: META.exportedAt },
    );
    const p = parseGfm(md2).children[0]!;
    expect(plainText(p)).toBe('plain  boldbothgonea|b`c under site');
    expect(nodesOfType(p, 'strong').map((n) => plainText(n))).toEqual(['boldboth']);
    expect(nodesOfType(p, 'emphasis').map((n) => plainText(n))).toEqual(['both']);
    expect(nodesOfType(p, 'delete').map((n) => plainText(n))).toEqual(['gone']);
    expect(nodesOfType(p, 'inlineCode').map((n) => n.value)).toEqual(['a|b`c']);
    expect(nodesOfType(p, 'link').map((n) => n.url)).toEqual(['https://example.org/x?a=1&b=2']);
  });

  it('sets the footnote mark on the sentence it cites, not after a space', () => {
    const md2 = exportMarkdown(doc(para(text('Ships were stopped. '), cite([2]), text(' Later, more.  '), cite([1, 2]))), SOURCES, META);
    expect(md2.split('\n')[2]).toBe('Ships were stopped.[^1] Later, more.[^2][^1]');
  });

  it('nests a Lexical nested list under the item before it', () => {
    const nested = list('bullet', [item(text('outer')), item(list('bullet', [item(text('inner'))]))]);
    const tree3 = parseGfm(exportMarkdown(doc(nested), [], META));
    const outer = nodesOfType(tree3, 'list')[0]!;
    expect(outer.children).toHaveLength(1);
    expect(nodesOfType(outer.children[0]!, 'list').map((l) => plainText(l))).toEqual(['inner']);
  });

  it('uses the brief title as headline when the brief has none, and drops empty paragraphs', () => {
    const md3 = exportMarkdown(doc(para(), para(text('Body.'))), [], META);
    expect(md3).toBe('# Port Calder swing bridge to close for repairs\n\nBody.\n');
  });

  it('refuses an element it does not know, naming it', () => {
    const bad = doc(para(text('ok')), { type: 'youtube', videoID: 'x', version: 1 });
    expect(() => exportMarkdown(bad, [], META)).toThrow(AppError);
    expect(() => exportMarkdown(bad, [], META)).toThrow(/"youtube"/);
    expect(() => exportMarkdown({} as BriefDocument, [], META)).toThrow(/not a brief/);
  });
});

describe('exportMarkdown: untrusted text stays text', () => {
  const hostileSources = [{ id: 7, outlet: 'Evil <b>Daily</b>', title: HOSTILE, author: null, publishedAt: 'last Tuesday', url: 'javascript:alert(1)' }];
  const hostileDoc = doc(
    heading('h1', HOSTILE),
    claim(1, HOSTILE, [7], [{ sourceId: 7, start: 0, end: 10, quote: HOSTILE }]),
    para(link('javascript:alert(1)', text('click me')), text(' and '), link('data:text/html,<script>alert(1)</script>', text('this'))),
    section('Corrections', 'corrections'),
    table(row(cell('Discrepancy', 1), cell('Note', 1)), row(cell(HOSTILE), cell('x'))),
    list('bullet', [item(text(HOSTILE), cite([7]))]),
  );
  const md = exportMarkdown(hostileDoc, hostileSources, META);
  const tree = parseGfm(md);

  it('parses back to the same words, with no HTML node and no unsafe link', () => {
    expect(nodesOfType(tree, 'html')).toEqual([]);
    expect(nodesOfType(tree, 'footnoteReference')).toHaveLength(2); // the two citations, not the article's "[^1]"
    expect(plainText(nodesOfType(tree, 'heading')[0]!)).toBe(HOSTILE);
    expect(plainText(tree.children[1]!)).toBe(HOSTILE);
    expect(plainText(tree.children[2]!)).toBe('click me and this');
    const [tbl] = nodesOfType(tree, 'table');
    expect(plainText(tbl!.children[1]!.children[0]!)).toBe(HOSTILE);
    expect(plainText(nodesOfType(tree, 'listItem')[0]!)).toBe(HOSTILE);
    for (const l of nodesOfType(tree, 'link')) expect(l.url).toMatch(/^(https?|mailto):/);
    const def = plainText(nodesOfType(tree, 'footnoteDefinition')[0]!);
    expect(def).toContain(`Evil <b>Daily</b>, “${HOSTILE}”, last Tuesday, javascript:alert(1).`);
    expect(def).toContain(`“${HOSTILE}”`);
  });

  it('renders inert even through a renderer that lets HTML through (marked)', () => {
    const html = marked.parse(md, { async: false, gfm: true });
    expect(html).not.toMatch(/<script|<img|<b>|<!--|href="javascript:|href="data:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[x](javascript:alert(1))');
  });
});
