import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DomDocument } from '../../ingest/html/domTypes';
import type { BriefDocument, BriefNode } from './briefJson';
import { headerFooterTemplates } from './pdfTemplates';
import { PRINT_CSP, printHtml } from './printHtml';
import { briefFixture, cell, HOSTILE, claim, heading, link, META, para, row, SOURCES, table, text } from './testing/briefFixture';

const doc = (...children: BriefNode[]): BriefDocument => ({ root: { type: 'root', children } });
/** linkedom's document, typed as the importer types it (the backend type-checks without the DOM library). */
const read = (html: string): DomDocument => (parseHTML(html) as unknown as { document: DomDocument }).document;

describe('printHtml', () => {
  const html = printHtml(briefFixture(2), SOURCES, META);
  const page = read(html);

  it('is one complete document with a strict CSP, the print stylesheet inline and no script', () => {
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(PRINT_CSP).toBe(csp?.getAttribute('content'));
    expect(page.querySelector('title')?.textContent).toBe(META.title);
    expect(page.querySelector('meta[name="date"]')?.getAttribute('content')).toBe(META.exportedAt);
    const style = page.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/@page \{ size: A4; margin: \d+mm/);
    expect(style).toMatch(/font-family:[^;]*serif/);
    expect(page.querySelectorAll('script, link, iframe, object')).toHaveLength(0);
  });

  it('marks the headline and the standfirst for the stylesheet and keeps the sections', () => {
    expect(page.querySelector('h1.headline')?.textContent).toBe('Port Calder swing bridge to close for six weeks');
    expect(page.querySelector('p.standfirst')?.textContent).toMatch(/^Road traffic will be diverted from 6 April/);
    const h2 = Array.from(page.querySelectorAll('h2')).map((h) => h.textContent);
    expect(h2).toEqual(['Single-source claims', 'Corrections', 'Sources', 'References']);
    expect(Array.from(page.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Discrepancy', 'What the sources said', 'Reading used', 'Note']);
  });

  it('ends with numbered references, one per cited source, without back-arrows', () => {
    const refs = Array.from(page.querySelectorAll('section.footnotes > ol > li'));
    expect(refs).toHaveLength(3);
    expect(refs[0]!.textContent).toContain('The Harbour Ledger, “Swing bridge to shut for six weeks”, Ines Marlow, 2 March 2026');
    expect(refs[0]!.textContent).toContain('“Harbour commissioner Maren Okafor said the work could not wait another winter.”');
    expect(html).not.toContain('data-footnote-backref');
    expect(html).not.toContain('↩');
    const calls = Array.from(page.querySelectorAll('sup > a[data-footnote-ref]')).map((a) => a.textContent);
    expect(calls.slice(0, 5)).toEqual(['1', '2', '3', '1', '2']);
  });

  it('prints underline as <u>, which Markdown cannot say', () => {
    const out = read(printHtml(doc(para(text('plain '), text('underlined', 8))), [], META));
    expect(out.querySelector('u')?.textContent).toBe('underlined');
  });

  it('keeps untrusted text as text: no element, attribute or link comes out of it', () => {
    const hostileSources = [{ id: 7, outlet: '<b>Evil</b>', title: HOSTILE, author: null, publishedAt: null, url: 'javascript:alert(1)' }];
    const out = printHtml(
      doc(
        heading('h1', HOSTILE),
        claim(1, HOSTILE, [7], [{ sourceId: 7, start: 0, end: 5, quote: HOSTILE }]),
        para(link('javascript:alert(1)', text('click me'))),
        table(row(cell('Discrepancy', 1)), row(cell(HOSTILE))),
      ),
      hostileSources,
      { title: HOSTILE, exportedAt: META.exportedAt },
    );
    const d = read(out);
    expect(d.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(Array.from(d.querySelectorAll('*')).flatMap((e) => Array.from((e as unknown as { attributes: ArrayLike<{ name: string }> }).attributes, (a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(Array.from(d.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#'))).toEqual([]);
    expect(d.querySelector('title')?.textContent).toBe(HOSTILE);
    expect(d.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(d.querySelector('article > p')?.textContent).toBe(`${HOSTILE}1`);
    expect(d.querySelector('td')?.textContent).toBe(HOSTILE);
    expect(d.querySelector('section.footnotes li')?.textContent).toContain('<b>Evil</b>, “');
    expect(out).not.toMatch(/<script|<img|href="javascript:/i);
  });
});

describe('headerFooterTemplates', () => {
  it('escapes the title and carries the date and Chromium’s page-number fields', () => {
    const { headerTemplate, footerTemplate } = headerFooterTemplates({ title: '<img src=x onerror=alert(1)> & “Co”', date: '3 March 2026' });
    expect(headerTemplate).not.toContain('<img');
    const header = read(`<!doctype html><html><body>${headerTemplate}</body></html>`);
    expect(header.body.textContent).toContain('<img src=x onerror=alert(1)> & “Co”');
    expect(header.body.textContent).toContain('3 March 2026');
    const footer = read(`<!doctype html><html><body>${footerTemplate}</body></html>`);
    expect(footer.body.textContent?.trim()).toBe('Page  of');
    expect(footer.querySelector('.pageNumber')).not.toBeNull();
    expect(footer.querySelector('.totalPages')).not.toBeNull();
    expect(headerTemplate).toMatch(/font-size: 8pt/);
  });
});
