/**
 * Which stated values are readings of one fact. Alignment puts at most one sentence per source
 * in a claim, but sources cut a story into sentences differently: one says "ran aground on
 * Tuesday with 212 passengers" in one sentence, another gives the day and the count in two, and
 * a caption mentioning the next day can be aligned with the wrong sentence. So facts are built
 * from pairs of values, not from claims:
 *  - a pair is two values of one kind and group (counted noun) in two sentences of different
 *    sources that the aligner found alike: any scored pair inside one claim, and across claims
 *    a pair scoring at least LINK_MIN; values that cannot be compared (`comparable`) never pair;
 *  - a pair counts only when each value is the other's best match in its source (mutual best:
 *    one value of a source meets one value of another, never all of them; an equal value, then
 *    the same place among the sentence's values, wins a tie);
 *  - pairs join facts strongest first, and a join that would give one source two different
 *    readings of a fact is refused.
 */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, FactLink, SentenceFacts } from './types';

/** Link score from which two sentences in different claims may share a fact (alignment needs 0.25). */
export const LINK_MIN = 0.2;

export interface ValueItem {
  sentence: SentenceFacts;
  value: ExtractedValue;
}

export interface Fact {
  /** Key of the earliest claim holding one of its values: ids stay stable. */
  key: string;
  group: string | null;
  items: ValueItem[];
}

interface FactRules {
  valueKind: ExtractedValue['kind'];
  same: (a: ExtractedValue, b: ExtractedValue) => boolean;
  group: (v: ExtractedValue) => string | null;
  comparable?: (a: ExtractedValue, b: ExtractedValue) => boolean;
}

interface Node {
  item: ValueItem;
  group: string | null;
  claim: ClaimFacts;
  /** Place among the values of this kind in its sentence. */
  place: number;
}

export function gatherFacts(rules: FactRules, claims: readonly ClaimFacts[], links: readonly FactLink[]): Fact[] {
  const nodes: Node[] = [];
  const nodesOf = new Map<SentenceFacts, number[]>();
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (const claim of claims) {
    for (const sentence of claim.members) {
      let place = 0;
      for (const value of sentence.values) {
        if (value.kind !== rules.valueKind) continue;
        const n = nodes.length;
        nodes.push({ item: { sentence, value }, group: rules.group(value), claim, place: place++ });
        parent.push(n);
        const list = nodesOf.get(sentence);
        if (list === undefined) nodesOf.set(sentence, [n]);
        else list.push(n);
      }
    }
  }
  // Each root's values by source, to refuse joins that give a source two readings.
  const bySource = new Map<number, Map<number, ExtractedValue[]>>();
  nodes.forEach((node, i) => bySource.set(i, new Map([[node.item.sentence.sourceId, [node.item.value]]])));

  for (const [x, y] of mutualBest(rules, nodes, nodesOf, links)) {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) continue;
    const [mx, my] = [bySource.get(rx) as Map<number, ExtractedValue[]>, bySource.get(ry) as Map<number, ExtractedValue[]>];
    let clash = false;
    for (const [src, values] of mx) {
      const theirs = my.get(src);
      if (theirs !== undefined && !values.every((v) => theirs.every((w) => rules.same(v, w)))) clash = true;
    }
    if (clash) continue;
    parent[ry] = rx;
    for (const [src, values] of my) mx.set(src, [...(mx.get(src) ?? []), ...values]);
    bySource.delete(ry);
  }

  const facts = new Map<number, Fact & { order: number }>();
  nodes.forEach((node, i) => {
    const root = find(i);
    const fact = facts.get(root) ?? { key: node.claim.key, order: node.claim.order, group: node.group, items: [] };
    if (node.claim.order < fact.order) Object.assign(fact, { key: node.claim.key, order: node.claim.order });
    fact.items.push(node.item);
    facts.set(root, fact);
  });
  return [...facts.values()].sort((a, b) => a.order - b.order).map(({ key, group, items }) => ({ key, group, items }));
}

/** Pairs of values, strongest first, kept only where each value is the other's best in its source. */
function mutualBest(rules: FactRules, nodes: readonly Node[], nodesOf: ReadonlyMap<SentenceFacts, number[]>, links: readonly FactLink[]): Array<[number, number]> {
  const pairs: Array<{ x: number; y: number; rank: number }> = [];
  for (const link of links) {
    const xs = nodesOf.get(link.a);
    const ys = nodesOf.get(link.b);
    if (xs === undefined || ys === undefined) continue;
    for (const x of xs) {
      for (const y of ys) {
        const [nx, ny] = [nodes[x] as Node, nodes[y] as Node];
        if (nx.group !== ny.group || (nx.claim !== ny.claim && link.score < LINK_MIN)) continue;
        if (rules.comparable !== undefined && !rules.comparable(nx.item.value, ny.item.value)) continue;
        // Ties within one pair of sentences: an equal value first, then the same place.
        const rank = link.score + (rules.same(nx.item.value, ny.item.value) ? 1e-3 : 0) - 1e-6 * Math.abs(nx.place - ny.place);
        pairs.push({ x, y, rank });
      }
    }
  }
  // best.get(node * sources + source): the strongest pair of that node with a value of that source.
  const srcIndex = new Map<number, number>();
  for (const n of nodes) if (!srcIndex.has(n.item.sentence.sourceId)) srcIndex.set(n.item.sentence.sourceId, srcIndex.size);
  const slot = (node: number, other: number): number => node * srcIndex.size + (srcIndex.get((nodes[other] as Node).item.sentence.sourceId) as number);
  const best = new Map<number, { rank: number; other: number }>();
  const offer = (node: number, other: number, rank: number): void => {
    const k = slot(node, other);
    const cur = best.get(k);
    if (cur === undefined || rank > cur.rank || (rank === cur.rank && other < cur.other)) best.set(k, { rank, other });
  };
  for (const p of pairs) {
    offer(p.x, p.y, p.rank);
    offer(p.y, p.x, p.rank);
  }
  const isBest = (node: number, other: number): boolean => best.get(slot(node, other))?.other === other;
  return pairs
    .filter((p) => isBest(p.x, p.y) && isBest(p.y, p.x))
    .sort((a, b) => b.rank - a.rank || a.x - b.x || a.y - b.y)
    .map((p) => [p.x, p.y]);
}
