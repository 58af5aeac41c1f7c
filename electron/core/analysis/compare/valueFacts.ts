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
 *  - pairs join facts. A source may then hold two readings of one fact (it contradicts itself,
 *    or repeats a sentence with a changed figure); that is for the editor to see too.
 */
import type { ExtractedValue } from '../types';
import type { ClaimFacts, FactLink, SentenceFacts } from './types';

/** Link score from which two sentences in different claims may share a fact (alignment needs 0.25). */
export const LINK_MIN = 0.2;

export interface ValueItem<T = ExtractedValue> {
  sentence: SentenceFacts;
  value: T;
}

export interface Fact<T = ExtractedValue> {
  /** Key of the earliest claim holding one of its values: ids stay stable. */
  key: string;
  group: string | null;
  items: Array<ValueItem<T>>;
}

/** What a fact is made of: figures of one kind by default, or any other stated item (a venue). */
export interface FactRules<T = ExtractedValue> {
  valueKind?: ExtractedValue['kind'];
  /** The items of a sentence, in sentence order; default: its values of `valueKind`. */
  itemsOf?: (s: SentenceFacts) => T[];
  same: (a: T, b: T) => boolean;
  group: (v: T) => string | null;
  /** May the two (of two linked sentences) be readings of one fact at all? */
  comparable?: (a: T, b: T, sa: SentenceFacts, sb: SentenceFacts) => boolean;
}

interface Node<T> {
  item: ValueItem<T>;
  group: string | null;
  claim: ClaimFacts;
  /** Place among the items of its sentence. */
  slot: number;
}

export function gatherFacts<T = ExtractedValue>(rules: FactRules<T>, claims: readonly ClaimFacts[], links: readonly FactLink[]): Array<Fact<T>> {
  const itemsOf = rules.itemsOf ?? ((s: SentenceFacts) => s.values.filter((v) => v.kind === rules.valueKind) as unknown as T[]);
  const nodes: Array<Node<T>> = [];
  const nodesOf = new Map<SentenceFacts, number[]>();
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (const claim of claims) {
    for (const sentence of claim.members) {
      let slot = 0;
      for (const value of itemsOf(sentence)) {
        const n = nodes.length;
        nodes.push({ item: { sentence, value }, group: rules.group(value), claim, slot: slot++ });
        parent.push(n);
        const list = nodesOf.get(sentence);
        if (list === undefined) nodesOf.set(sentence, [n]);
        else list.push(n);
      }
    }
  }
  const mb = mutualBest(rules, nodes, nodesOf, links);
  for (const [x, y] of mb) parent[find(y)] = find(x);

  const facts = new Map<number, Fact<T> & { order: number }>();
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
function mutualBest<T>(rules: FactRules<T>, nodes: ReadonlyArray<Node<T>>, nodesOf: ReadonlyMap<SentenceFacts, number[]>, links: readonly FactLink[]): Array<[number, number]> {
  const pairs: Array<{ x: number; y: number; rank: number }> = [];
  for (const link of links) {
    const xs = nodesOf.get(link.a);
    const ys = nodesOf.get(link.b);
    if (xs === undefined || ys === undefined) continue;
    for (const x of xs) {
      for (const y of ys) {
        const [nx, ny] = [nodes[x] as Node<T>, nodes[y] as Node<T>];
        if (nx.group !== ny.group || (nx.claim !== ny.claim && link.score < LINK_MIN)) continue;
        if (rules.comparable !== undefined && !rules.comparable(nx.item.value, ny.item.value, link.a, link.b)) continue;
        // Ties within one pair of sentences: an equal value first, then the same place.
        const rank = link.score + (rules.same(nx.item.value, ny.item.value) ? 1e-3 : 0) - 1e-6 * Math.abs(nx.slot - ny.slot);
        pairs.push({ x, y, rank });
      }
    }
  }
  // best.get(node * sources + source): the strongest pair of that node with a value of that source.
  const srcIndex = new Map<number, number>();
  for (const n of nodes) if (!srcIndex.has(n.item.sentence.sourceId)) srcIndex.set(n.item.sentence.sourceId, srcIndex.size);
  const slot = (node: number, other: number): number => node * srcIndex.size + (srcIndex.get((nodes[other] as Node<T>).item.sentence.sourceId) as number);
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
