/**
 * Names spelled differently (across or within sources): one cluster of name variants
 * (entities/nameVariants.ts) with two or more spellings that are not just a shorter form of
 * another ("Marten" is covered by "Ilse Marten"). Each spelling is a variant.
 */
import type { ClusterFacts, Discrepancy } from './types';
import type { MentionIndex } from './mentionIndex';
import { buildDiscrepancy, excerpt } from './support';
import type { RawVariant } from './support';
import { normalise } from './text';

/** As nameVariants tidies a scraped name: a possessive is not part of the spelling. */
const tidy = (s: string): string => normalise(s.replace(/['’]s$/u, ''));
/** tidy's answers: the same few spellings recur in every sentence. */
function memoTidy(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let t = seen.get(s);
    if (t === undefined) seen.set(s, (t = tidy(s)));
    return t;
  };
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export function nameConflicts(clusters: readonly ClusterFacts[], mentions: MentionIndex, nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const tidied = memoTidy();
  for (const cluster of clusters) {
    if (cluster.spellings.length < 2) continue;
    const variants: RawVariant[] = cluster.spellings.map((text) => ({ text, excerpts: [] }));
    const forms = variants.map((x) => tidied(x.text));
    for (const { sentence: s, mention: m } of mentions.get(cluster.key) ?? []) {
      const v = variants[forms.indexOf(tidied(m.text))];
      v?.excerpts.push(excerpt(s, m.start, m.end));
    }
    const d = buildDiscrepancy({
      kind: 'name',
      // Not the cluster key: it follows the most frequent spelling, which new copy can change.
      key: cluster.kind,
      variants,
      nearDuplicateOf: nearDup,
      summary: (vs) => `${vs.map((v) => v.text).join(' / ')}: name spelled ${COUNT_WORDS[vs.length] ?? vs.length} ways`,
    });
    if (d !== null) out.push(d);
  }
  return out;
}
