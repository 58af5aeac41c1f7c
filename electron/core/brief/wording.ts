/**
 * Choosing the clearest wording of a claim among its sources. Garbled machine translations and
 * synonym-spun rewrites are outliers: they share fewer words with the other sources than the
 * plain reports do. So each sentence is scored by how much it shares with the claim's other
 * sentences, plus how well its source agrees with the others across the whole story.
 */
import type { ClaimResult, Excerpt } from '../../../shared/domain/analysis';

export interface ClaimSentence {
  sourceId: number;
  start: number;
  end: number;
  text: string;
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Each sentence's mean similarity to the other sentences of its claim (null when it stands alone). */
function peerScores(sentences: readonly ClaimSentence[]): Array<number | null> {
  const sets = sentences.map((s) => words(s.text));
  return sets.map((set, i) => {
    if (sets.length < 2) return null;
    let sum = 0;
    for (let j = 0; j < sets.length; j += 1) if (j !== i) sum += dice(set, sets[j]!);
    return sum / (sets.length - 1);
  });
}

/** How well each source agrees with the others, over every claim it shares (0..1; 0.5 when unknown). */
export function sourceAgreement(claims: ReadonlyArray<readonly ClaimSentence[]>): Map<number, number> {
  const totals = new Map<number, { sum: number; n: number }>();
  for (const sentences of claims) {
    peerScores(sentences).forEach((score, i) => {
      if (score === null) return;
      const id = sentences[i]!.sourceId;
      const t = totals.get(id) ?? { sum: 0, n: 0 };
      t.sum += score;
      t.n += 1;
      totals.set(id, t);
    });
  }
  return new Map([...totals].map(([id, t]) => [id, t.sum / t.n]));
}

/**
 * How common a source's words are among the other sources: which sources use each word, over the
 * whole story. A synonym-spun or machine-translated report chooses words no other outlet uses
 * ("assembly" for "meeting"); its sentences score low even where alignment paired them.
 */
export function wordSources(texts: ReadonlyMap<number, string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [id, text] of texts) {
    for (const w of words(text)) {
      let set = out.get(w);
      if (!set) out.set(w, (set = new Set()));
      set.add(id);
    }
  }
  return out;
}

/** 0..1: the share of the sentence's words that other sources also use, weighted by how many do. */
export function sharedWording(sentence: ClaimSentence, used: ReadonlyMap<string, ReadonlySet<number>>, sourceCount: number): number {
  const list = [...words(sentence.text)].filter((w) => w.length > 2);
  if (list.length === 0 || sourceCount < 2) return 0.5;
  let sum = 0;
  for (const w of list) {
    const users = used.get(w);
    const others = users ? users.size - (users.has(sentence.sourceId) ? 1 : 0) : 0;
    sum += Math.min(1, others / (sourceCount - 1));
  }
  return sum / list.length;
}

/** The sentence to print for a claim. */
export function clearestWording(
  sentences: readonly ClaimSentence[],
  agreement: ReadonlyMap<number, number>,
  doubtful: readonly Excerpt[] = [],
  shared: (s: ClaimSentence) => number = () => 0.5,
): ClaimSentence {
  const scores = peerScores(sentences);
  const holdsDoubt = (s: ClaimSentence) => doubtful.some((e) => e.sourceId === s.sourceId && e.start < s.end && e.end > s.start);
  let best = sentences[0]!;
  let bestScore = -Infinity;
  sentences.forEach((sentence, i) => {
    const score = (scores[i] ?? 0) + 0.5 * (agreement.get(sentence.sourceId) ?? 0.5) + 1.5 * shared(sentence) - (holdsDoubt(sentence) ? 2 : 0);
    if (score > bestScore + 1e-9) {
      best = sentence;
      bestScore = score;
    }
  });
  return best;
}

/** A claim's sentences, read from its sources' cleaned text. */
export function claimSentences(claim: ClaimResult, textOf: (sourceId: number) => string | undefined): ClaimSentence[] {
  const out: ClaimSentence[] = [];
  for (const m of claim.members) {
    const text = textOf(m.sourceId)?.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
    if (text) out.push({ sourceId: m.sourceId, start: m.start, end: m.end, text });
  }
  return out;
}
