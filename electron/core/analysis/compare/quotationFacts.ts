/**
 * Every quotation of the project with who spoke it, for the quote and attribution checks.
 * The speaker the sentence names is `stated`; when it says only "he said", the nearest person
 * named just before in the same source is `inferred` (good enough to group rewordings, never
 * used to claim a misattribution).
 */
import type { Quotation } from '../types';
import type { ClaimFacts, SentenceFacts } from './types';
import { normalise, words } from './text';

export interface QuotationFact {
  sentence: SentenceFacts;
  quotation: Quotation;
  words: string[];
  normalised: string;
  /** Order of the claim the sentence belongs to, or -1. */
  claim: number;
  /** Name-cluster key (or normalised name) of the speaker the sentence names. */
  stated: string | null;
  /** `stated`, else a person named in the sentence or up to LOOKBACK sentences before. */
  inferred: string | null;
}

const LOOKBACK = 3;

function speakerKey(s: SentenceFacts, speaker: string, all: readonly SentenceFacts[]): string {
  const n = normalise(speaker);
  const here = s.mentions.find((m) => normalise(m.text) === n && m.key !== null);
  const anywhere = here ?? all.find((x) => x.sourceId === s.sourceId && x.mentions.some((m) => normalise(m.text) === n && m.key !== null))?.mentions.find((m) => normalise(m.text) === n);
  return anywhere?.key ?? n;
}

/** The one person named outside the quotations of a sentence, if exactly one is. */
function soleSpeaker(s: SentenceFacts): string | null {
  const outside = s.mentions.filter((m) => m.kind === 'person' && m.key !== null && s.quotations.every((q) => m.end <= q.start || m.start >= q.end));
  const keys = [...new Set(outside.map((m) => m.key as string))];
  return keys.length === 1 ? (keys[0] as string) : null;
}

export function collectQuotations(sentences: readonly SentenceFacts[], claims: readonly ClaimFacts[]): QuotationFact[] {
  const claimOf = new Map<SentenceFacts, number>();
  for (const c of claims) for (const m of c.members) claimOf.set(m, c.order);
  const out: QuotationFact[] = [];
  sentences.forEach((s, i) => {
    for (const q of s.quotations) {
      const stated = q.speaker !== null ? speakerKey(s, q.speaker, sentences) : soleSpeaker(s);
      let inferred = stated;
      for (let back = 1; inferred === null && back <= LOOKBACK; back++) {
        const prev = sentences[i - back];
        if (prev === undefined || prev.sourceId !== s.sourceId) break;
        const people = prev.mentions.filter((m) => m.kind === 'person' && m.key !== null);
        inferred = people[people.length - 1]?.key ?? null;
      }
      out.push({ sentence: s, quotation: q, words: words(q.text), normalised: normalise(q.text), claim: claimOf.get(s) ?? -1, stated, inferred });
    }
  });
  return out;
}
