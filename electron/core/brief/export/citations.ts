/**
 * Citations as footnotes: one footnote per source, numbered in the order the brief first cites
 * it; each definition names the source and lists the excerpts the brief cites from it.
 */
import type { FootnoteDefinition, FootnoteReference, PhrasingContent } from 'mdast';
import { citedExcerpts, citedIds, type BriefNode, type CitedExcerpt, type ExportSource } from './briefJson';
import { formatDate } from './formatDate';
import { safeUrl } from './inlineToMdast';

export class Citations {
  /** source id → footnote number, in order of first citation. */
  private readonly numbers = new Map<number, number>();
  /** source id → cited excerpts, each once (by offsets), in order of first citation. */
  private readonly excerpts = new Map<number, Map<string, CitedExcerpt>>();

  /** Footnote references for one citation node: one per cited source. */
  cite(node: BriefNode): FootnoteReference[] {
    const ids = citedIds(node);
    const refs: FootnoteReference[] = [];
    for (const id of new Set(ids)) {
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
        this.excerpts.set(id, new Map());
      }
      refs.push({ type: 'footnoteReference', identifier: String(n), label: String(n) });
    }
    for (const excerpt of citedExcerpts(node)) {
      const seen = this.excerpts.get(excerpt.sourceId);
      if (!seen || excerpt.quote.trim() === '') continue;
      const key = `${excerpt.start}:${excerpt.end}`;
      if (!seen.has(key)) seen.set(key, excerpt);
    }
    return refs;
  }

  get count(): number {
    return this.numbers.size;
  }

  /** The footnote definitions, in footnote order. */
  definitions(sources: readonly ExportSource[]): FootnoteDefinition[] {
    const byId = new Map(sources.map((s) => [s.id, s]));
    return [...this.numbers].map(([id, n]) => {
      const quotes = [...(this.excerpts.get(id)?.values() ?? [])];
      const children: FootnoteDefinition['children'] = [{ type: 'paragraph', children: sourceLine(id, byId.get(id)) }];
      if (quotes.length > 0) {
        children.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: quotes.map((q) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [{ type: 'text', value: quoted(q.quote) }] }],
          })),
        });
      }
      return { type: 'footnoteDefinition', identifier: String(n), label: String(n), children };
    });
  }
}

/** An excerpt in quotation marks, unless it already opens with one (a quotation quoted whole). */
function quoted(excerpt: string): string {
  const text = excerpt.trim();
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}

/** "Outlet, “Title”, Author, 12 June 2023, https://…" — whatever the source has. */
export function sourceLine(id: number, source: ExportSource | undefined): PhrasingContent[] {
  if (!source) return [{ type: 'text', value: `Source ${id} (no longer in this project).` }];
  const parts = [
    source.outlet?.trim(),
    source.title?.trim() ? `“${source.title.trim()}”` : undefined,
    source.author?.trim(),
    formatDate(source.publishedAt) ?? undefined,
  ].filter((p): p is string => !!p);
  const url = safeUrl(source.url);
  const out: PhrasingContent[] = [];
  const lead = parts.length > 0 ? parts.join(', ') : `Source ${id}`;
  if (url) {
    out.push({ type: 'text', value: `${lead}, ` });
    out.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    out.push({ type: 'text', value: '.' });
  } else {
    // An address we cannot link (javascript:, relative…) is still shown, as text.
    const raw = source.url?.trim();
    out.push({ type: 'text', value: raw ? `${lead}, ${raw}.` : `${lead}.` });
  }
  return out;
}
