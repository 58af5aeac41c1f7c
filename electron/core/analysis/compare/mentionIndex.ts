/**
 * Every keyed mention of the project grouped by its name cluster, built once per run, so the
 * per-cluster checks (names, roles) read their own mentions instead of scanning every sentence
 * for every cluster (which grows with clusters × sentences).
 */
import type { KeyedMention, SentenceFacts } from './types';

export type MentionIndex = ReadonlyMap<string, ReadonlyArray<{ sentence: SentenceFacts; mention: KeyedMention }>>;

export function indexMentions(sentences: readonly SentenceFacts[]): MentionIndex {
  const out = new Map<string, Array<{ sentence: SentenceFacts; mention: KeyedMention }>>();
  for (const sentence of sentences) {
    for (const mention of sentence.mentions) {
      if (mention.key === null) continue;
      const list = out.get(mention.key);
      if (list === undefined) out.set(mention.key, [{ sentence, mention }]);
      else list.push({ sentence, mention });
    }
  }
  return out;
}
