/**
 * The same event placed at different venues ("met at the Great Hall of the People" / "met at
 * Calder House"). A venue is a named place right after "at" (the, optional), or a name of
 * several words after "in the", "inside the", "outside the", "near the"; venues of two alike sentences are paired as figures are (valueFacts.ts), one
 * venue per source, by the same preposition, and only when neither sentence names the other's
 * place anywhere (a sentence saying "in Beijing, at the Great Hall" locates, it does not differ).
 *
 * The report has no 'place' kind (kinds are part of the stored schema), so a venue conflict is
 * reported as a 'name' discrepancy whose summary says "Venue".
 */
import type { KeyedMention, SentenceFacts } from './types';
import type { ClaimFacts, Discrepancy, FactLink } from './types';
import { buildDiscrepancy, excerpt, versus } from './support';
import { gatherFacts } from './valueFacts';

const VENUE_BEFORE = /(?:^|[^\p{L}])(at|in|inside|outside|near)\s+(the\s+)?$/iu;

interface Venue {
  mention: KeyedMention;
  preposition: string;
}

/** The venues a sentence names: keyed place mentions right after a preposition of place. */
export function venuesOf(s: SentenceFacts): Venue[] {
  const out: Venue[] = [];
  for (const m of s.mentions) {
    if (m.kind !== 'place' || m.key === null) continue;
    const before = VENUE_BEFORE.exec(s.text.slice(Math.max(0, m.start - 12), m.start));
    if (!before) continue;
    const preposition = (before[1] ?? '').toLowerCase();
    // "in China", "in Beijing" say where on the map, at levels a sentence may choose freely;
    // a venue is "at" a place, or "in the …" a named building or ground of several words.
    if (preposition === 'at' || (before[2] !== undefined && /\s/u.test(m.text))) out.push({ mention: m, preposition });
  }
  return out;
}

const names = (s: SentenceFacts, key: string | null): boolean => s.mentions.some((m) => m.key === key);

export function venueConflicts(claims: readonly ClaimFacts[], nearDup: ReadonlyMap<number, number>, links: readonly FactLink[] = []): Discrepancy[] {
  const facts = gatherFacts<Venue>(
    {
      itemsOf: venuesOf,
      same: (a, b) => a.mention.key === b.mention.key,
      group: (v) => v.preposition,
      comparable: (a, b, sa, sb) => a.mention.key === b.mention.key || (!names(sb, a.mention.key) && !names(sa, b.mention.key)),
    },
    claims,
    links,
  );
  const out: Discrepancy[] = [];
  for (const fact of facts) {
    const readings = new Map<string, { text: string; items: typeof fact.items }>();
    for (const item of fact.items) {
      const key = item.value.mention.key as string;
      const r = readings.get(key) ?? { text: item.value.mention.text, items: [] };
      r.items.push(item);
      readings.set(key, r);
    }
    if (readings.size < 2) continue;
    // A sentence naming two of the venues locates one event in both; no disagreement.
    const sentences = [...readings.values()].map((r) => new Set(r.items.map((i) => i.sentence)));
    if (sentences.some((x, p) => sentences.some((y, q) => q > p && [...x].some((s) => y.has(s))))) continue;
    const d = buildDiscrepancy({
      kind: 'name',
      key: `${fact.key}\u0000venue\u0000${fact.group ?? ''}`,
      variants: [...readings.values()].map((r) => ({ text: r.text, excerpts: r.items.map((i) => excerpt(i.sentence, i.value.mention.start, i.value.mention.end)) })),
      nearDuplicateOf: nearDup,
      summary: (vs) => `Venue: ${versus(vs)}`,
    });
    if (d !== null) out.push(d);
  }
  return out;
}
