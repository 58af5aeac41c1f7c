/**
 * Grouping the names of one entity across sources: "Antony Holm", "Anthony Holm" and a
 * lone "Holm" are one person; "Ilse Marten" and "Jonas Marten" are two. Differently spelled
 * variants inside one cluster are what the pipeline reports as name discrepancies, so a false
 * merge costs an editor a wrong flag and a missed merge a missed one; rules lean to not merging
 * when two readings are possible (a lone surname shared by two people joins neither).
 */
import type { MentionKind } from '../types';
import { editDistance, fold, jaroWinkler, phoneticKey } from './similarity';

export interface NameCluster {
  key: string;
  canonical: string;
  kind: MentionKind;
  variants: Array<{ text: string; sourceIds: number[]; count: number }>;
}

export interface NameInput {
  text: string;
  sourceId: number;
  kind: MentionKind;
}

/** One spelling (case-insensitive) of a name, with how often and where it occurs. */
interface Form {
  id: string;
  kind: MentionKind;
  tokens: string[];
  casings: Map<string, number>;
  sourceIds: Set<number>;
  count: number;
}

const CORPORATE = new Set(['ltd', 'inc', 'corp', 'co', 'plc', 'llc', 'the']);

/** Tidy a name as scraped: collapse spaces, drop a possessive ("Holm’s"). */
const tidy = (s: string): string => s.replace(/\s+/gu, ' ').trim().replace(/['’]s$/u, '');
const tokensOf = (s: string): string[] => fold(s).split(/[\s]+/u).map((t) => t.replace(/\.$/, '')).filter((t) => t.length > 0);

/**
 * Two spellings of one word. Same first letter and close in edit distance ("Marten"/"Martin",
 * "Antony"/"Anthony"); a different first letter only for people whose names sound alike after
 * romanisation folding ("Qin"/"Chen"), because "Darius"/"Marius" are different names.
 */
export function sameWord(a: string, b: string, kind: MentionKind): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 2) return false;
  const jw = jaroWinkler(a, b);
  const d = editDistance(a, b);
  if (a[0] === b[0] && jw >= 0.85 && d <= 2 && d / Math.max(a.length, b.length) <= 0.34) return true;
  if (kind !== 'person') return false;
  return phoneticKey(a) === phoneticKey(b) && (Math.max(a.length, b.length) <= 4 || jw >= 0.75);
}

/** Do two multi-word forms name the same entity? */
function sameEntity(a: string[], b: string[], kind: MentionKind): boolean {
  if (kind === 'organisation') {
    const strip = (t: string[]) => t.filter((w) => !CORPORATE.has(w)).join(' ');
    if (strip(a) === strip(b)) return true;
  }
  if (a.length === b.length) {
    const diff = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
    const i = diff[0];
    return diff.length === 1 && i !== undefined && sameWord(a[i] as string, b[i] as string, kind);
  }
  // A middle name or initial more or less: "Ana Holm" / "Ana K. Holm".
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return kind === 'person' && s.length >= 2 && l.length - s.length <= 2 && s[0] === l[0] && s[s.length - 1] === l[l.length - 1];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller id becomes the root so the result does not depend on input order.
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

function collectForms(names: NameInput[]): Form[] {
  const forms = new Map<string, Form>();
  for (const n of names) {
    const text = tidy(n.text);
    const tokens = tokensOf(text);
    if (tokens.length === 0) continue;
    const id = `${n.kind}\u0000${text.toLocaleLowerCase('en')}`;
    const form = forms.get(id) ?? { id, kind: n.kind, tokens, casings: new Map(), sourceIds: new Set(), count: 0 };
    form.casings.set(text, (form.casings.get(text) ?? 0) + 1);
    form.sourceIds.add(n.sourceId);
    form.count++;
    forms.set(id, form);
  }
  return [...forms.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Merge multi-word forms that differ by one similar word; candidates share at least one word. */
function mergeFullForms(full: Form[], uf: UnionFind): void {
  const byWord = new Map<string, Form[]>();
  for (const f of full) for (const w of new Set(f.tokens)) byWord.set(`${f.kind}\u0000${w}`, [...(byWord.get(`${f.kind}\u0000${w}`) ?? []), f]);
  for (const group of byWord.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] as Form, group[j] as Form];
        if (sameEntity(a.tokens, b.tokens, a.kind)) uf.union(a.id, b.id);
      }
    }
  }
}

/**
 * A lone word joins the one cluster whose names contain it ("Holm" → "Antony Holm");
 * with two candidates ("Marten": Ilse Marten, Jonas Marten) it joins neither.
 */
function attachLoneForms(lone: Form[], full: Form[], uf: UnionFind): void {
  for (const f of lone) {
    // Only people are referred to by part of their name; "China" is not short for "South China Sea".
    if (f.kind !== 'person') continue;
    const word = f.tokens[0] as string;
    const exact = new Set(full.filter((g) => g.kind === f.kind && g.tokens.includes(word)).map((g) => uf.find(g.id)));
    const near =
      exact.size > 0 || word.length < 5
        ? exact
        : new Set(full.filter((g) => g.kind === f.kind && g.tokens.some((t) => t.length >= 5 && sameWord(t, word, 'organisation'))).map((g) => uf.find(g.id)));
    const only = [...near];
    if (only.length === 1) uf.union(f.id, only[0] as string);
  }
}

const byCountThenLength = (a: { text: string; count: number }, b: { text: string; count: number }): number =>
  b.count - a.count || b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

function toCluster(forms: Form[]): NameCluster {
  const variants = forms
    .map((f) => {
      // The usual casing; an all-caps headline or dateline form only when nothing else occurs.
      const shouting = (t: string) => (t === t.toLocaleUpperCase('en') && t.length > 3 ? 1 : 0);
      const casing = [...f.casings.entries()]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => shouting(a.text) - shouting(b.text) || byCountThenLength(a, b))[0];
      return { text: casing?.text ?? '', sourceIds: [...f.sourceIds].sort((x, y) => x - y), count: f.count, words: f.tokens.length };
    })
    .sort(byCountThenLength);
  const full = variants.filter((v) => v.words > 1);
  const canonical = (full.length > 0 ? full : variants)[0]?.text ?? '';
  return {
    key: fold(canonical).replace(/\s+/gu, ' ').trim(),
    canonical,
    kind: forms[0]?.kind ?? 'person',
    variants: variants.map(({ text, sourceIds, count }) => ({ text, sourceIds, count })),
  };
}

export function clusterNames(names: NameInput[]): NameCluster[] {
  const forms = collectForms(names);
  const uf = new UnionFind();
  // Spellings that differ only in diacritics ("José"/"Jose") are one entity, whatever their length.
  const folded = new Map<string, string>();
  for (const f of forms) {
    const k = `${f.kind}\u0000${f.tokens.join(' ')}`;
    const first = folded.get(k);
    if (first === undefined) folded.set(k, f.id);
    else uf.union(first, f.id);
  }
  const full = forms.filter((f) => f.tokens.length > 1);
  mergeFullForms(full, uf);
  attachLoneForms(forms.filter((f) => f.tokens.length === 1), full, uf);

  const groups = new Map<string, Form[]>();
  for (const f of forms) groups.set(uf.find(f.id), [...(groups.get(uf.find(f.id)) ?? []), f]);
  const clusters = [...groups.values()].map(toCluster).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : 1));
  // Keys must be unique: a person and a place may share a name ("Washington").
  const seen = new Set<string>();
  for (const c of clusters) {
    if (seen.has(c.key)) c.key = `${c.key} (${c.kind})`;
    seen.add(c.key);
  }
  return clusters;
}

/**
 * The spellings in a cluster that are not just a shorter form of another variant ("Holm" is
 * covered by "Antony Holm"). Two or more mean the sources spell the name differently.
 */
export function distinctSpellings(cluster: NameCluster): string[] {
  const words = cluster.variants.map((v) => tokensOf(v.text));
  return cluster.variants
    .filter((_, i) => {
      const mine = words[i] ?? [];
      return !words.some((other, j) => j !== i && other.length > mine.length && mine.every((w) => other.includes(w)));
    })
    .map((v) => v.text);
}
