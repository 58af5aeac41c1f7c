/**
 * One person given different roles by different sources ("Transport Minister" / "deputy
 * transport minister"). Roles are compared after normalising case, articles, nationality
 * adjectives and word order ("Minister for Transport" == "transport minister"); a role that is
 * only less specific than another ("minister" / "transport minister") is no conflict, unless
 * what it lacks is a rank word ("deputy", "acting", "former"…), which changes the post.
 */
import type { ClusterFacts, Discrepancy, KeyedMention, SentenceFacts } from './types';
import type { MentionIndex } from './mentionIndex';
import { buildDiscrepancy, excerpt } from './support';
import type { RawVariant } from './support';
import { normalise } from './text';
import { SYNONYMS } from '../align/synonyms';

const ARTICLES = new Set(['the', 'a', 'an']);
const NATIONALITY = new Set([
  'american', 'us', 'u s', 'british', 'uk', 'chinese', 'french', 'german', 'russian', 'norwegian', 'japanese',
  'indian', 'italian', 'spanish', 'canadian', 'australian', 'swedish', 'danish', 'finnish', 'dutch', 'irish',
  'ukrainian', 'israeli', 'iranian', 'turkish', 'korean', 'south', 'north', 'european', 'taiwanese',
]);
const RANK = new Set(['deputy', 'vice', 'acting', 'former', 'ex', 'assistant', 'junior', 'shadow', 'interim', 'associate', 'under', 'outgoing', 'incoming']);

/** "Minister for Transport" → "transport minister"; "The deputy transport minister" → "deputy transport minister". */
export function normaliseRole(role: string): string {
  // Country names before a title say whose post it is, not which post: "U.S. Secretary of State".
  const bare = normalise(role.replace(/['’]s\b/gu, '')).replace(/\b(?:united states|united kingdom|u s a|u s|u k)\b/gu, ' ');
  let w = bare.split(' ').filter((x) => x.length > 0 && !ARTICLES.has(x) && !NATIONALITY.has(x));
  const of = w.findIndex((x) => x === 'of' || x === 'for');
  if (of > 0 && of < w.length - 1) w = [...w.slice(of + 1).filter((x) => !ARTICLES.has(x)), ...w.slice(0, of)];
  // Rewrites swap rank adjectives for their neighbours ("chief diplomat", "top diplomat", "high diplomat").
  return w.map((x) => SYNONYMS.single.get(`${x}/ADJ`) ?? SYNONYMS.single.get(x) ?? x).join(' ');
}

/** Is `a` just a less specific form of `b` (all its words in `b`, and no rank word missing)? */
function covers(b: string, a: string): boolean {
  const [wa, wb] = [new Set(a.split(' ')), b.split(' ')];
  return [...wa].every((x) => wb.includes(x)) && !wb.some((x) => RANK.has(x) && !wa.has(x));
}

/** Where the role stands in the sentence, for the excerpt; the name when it cannot be found. */
function roleSpan(s: SentenceFacts, m: KeyedMention): [number, number] {
  const role = m.role ?? '';
  const before = s.text.lastIndexOf(role, m.start);
  const at = before >= 0 ? before : s.text.indexOf(role, m.end);
  return role.length > 0 && at >= 0 ? [at, at + role.length] : [m.start, m.end];
}

export function roleConflicts(clusters: readonly ClusterFacts[], mentions: MentionIndex, nearDup: ReadonlyMap<number, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const normalised = new Map<string, string>();
  for (const cluster of clusters) {
    if (cluster.kind !== 'person') continue;
    const byRole = new Map<string, RawVariant>();
    for (const { sentence: s, mention: m } of mentions.get(cluster.key) ?? []) {
      if (m.role === null) continue;
      let norm = normalised.get(m.role);
      if (norm === undefined) {
        norm = normaliseRole(m.role);
        normalised.set(m.role, norm);
      }
      if (norm.length === 0) continue;
      const v = byRole.get(norm) ?? { text: norm, excerpts: [] };
      const [start, end] = roleSpan(s, m);
      v.excerpts.push(excerpt(s, start, end));
      byRole.set(norm, v);
    }
    // Fold less specific roles into the more specific one they are part of.
    const roles = [...byRole.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const kept: RawVariant[] = [];
    for (const r of roles) {
      const v = byRole.get(r) as RawVariant;
      const host = kept.find((k) => covers(k.text, r));
      if (host === undefined) kept.push(v);
      else host.excerpts.push(...v.excerpts);
    }
    if (kept.length < 2) continue;
    // Three or more descriptions each used once ("top diplomat", "chief diplomat", "foreign
    // minister") are sources describing a person freely, not a title in dispute.
    if (kept.length > 2 && kept.every((v) => new Set(v.excerpts.map((e) => e.sourceId)).size === 1)) continue;
    const d = buildDiscrepancy({
      kind: 'role',
      key: cluster.key,
      variants: kept,
      nearDuplicateOf: nearDup,
      summary: (vs) => `${cluster.canonical}: role given as ${vs.map((v) => `“${v.text}” (${v.support})`).join(' vs ')}`,
    });
    if (d !== null) out.push(d);
  }
  return out;
}
