/**
 * Paraphrase folding for alignment: words that news rewrites swap for one another map to one
 * key, so "go to Beijing" and "visit Beijing" share a term. The table is general-purpose: it
 * lists what synonym spinners, machine translation and ordinary paraphrase do to news English
 * (spinners swap a word for a thesaurus neighbour regardless of sense: "side" becomes "aspect",
 * "video" becomes "footage", "expected" becomes "anticipated"). It is not tuned to any one story.
 *
 * Keys are lower-case lemmas as wink-nlp gives them. A key "lemma/POS" applies only to that part
 * of speech ("state" the verb means "say"; "state" the noun does not). Folding is lossy on
 * purpose: the aligner only needs "these two sentences could say the same thing"; the compare
 * step reads the original text.
 */

/** Groups: the first word is the key, every word in the group folds to it. */
const GROUPS: readonly (readonly string[])[] = [
  // Events and encounters
  ['visit', 'trip', 'journey', 'tour', 'voyage', 'go to', 'travel to'],
  ['meet', 'meeting', 'assembly', 'talk', 'gathering', 'conference', 'session', 'encounter'],
  ['happen', 'occur', 'take place', 'come about'],
  ['begin', 'start', 'commence', 'kick off'],
  ['end', 'conclude', 'finish', 'wrap up', 'close/VERB'],
  ['arrive', 'land/VERB', 'touch down'],
  ['leave', 'depart', 'exit/VERB'],
  ['continue', 'proceed', 'carry on', 'keep on'],
  ['last/VERB', 'go on', 'run on'],
  ['delay', 'postpone', 'put off'],
  // Speech acts
  ['say', 'tell', 'state/VERB', 'inform', 'remark', 'declare', 'assert', 'add/VERB', 'note/VERB'],
  ['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight/VERB'],
  ['announce', 'unveil', 'make public'],
  ['statement', 'announcement', 'communique', 'readout', 'declaration'],
  ['release/VERB', 'launch/VERB', 'publish', 'issue/VERB'],
  ['answer', 'reply', 'respond'],
  ['warn', 'caution'],
  ['describe', 'characterize', 'call/VERB'],
  ['agree', 'concur', 'consent'],
  ['expect', 'anticipate', 'predict', 'forecast'],
  ['hope', 'wish'],
  ['want', 'desire'],
  ['try', 'attempt', 'seek', 'endeavor', 'endeavour'],
  ['need', 'require'],
  ['show', 'demonstrate', 'display/VERB'],
  // People and institutions
  ['president', 'leader', 'head of state'],
  ['official', 'officer', 'functionary'],
  ['top', 'high', 'chief', 'leading'],
  ['government', 'administration'],
  ['country', 'nation'],
  ['side', 'aspect', 'party'],
  ['company', 'firm', 'business', 'corporation', 'enterprise'],
  ['office', 'workplace'],
  ['military', 'army', 'armed forces'],
  // Things and abstractions
  ['video', 'footage', 'clip', 'recording'],
  ['photo', 'photograph', 'picture', 'image'],
  ['world', 'planet', 'globe'],
  ['issue', 'matter', 'point', 'topic', 'question'],
  ['trade', 'commerce'],
  ['war', 'warfare'],
  ['relation', 'relationship', 'tie'],
  ['tension', 'friction', 'strain'],
  ['condition', 'circumstance', 'situation'],
  ['plan', 'scheme', 'blueprint'],
  ['round', 'spherical'],
  ['press conference', 'news conference', 'press briefing', 'news briefing'],
  // Qualities and manner
  ['soar', 'hover', 'surge', 'skyrocket', 'mount/VERB', 'spiral'],
  ['big', 'large', 'huge', 'major', 'massive'],
  ['important', 'significant', 'key', 'crucial', 'critical', 'vital', 'essential'],
  ['difficult', 'hard', 'tough'],
  ['first', 'primary', 'initial'],
  ['new', 'brand new', 'fresh'],
  ['just', 'simply', 'merely'],
  ['before', 'beforehand', 'earlier', 'previously', 'prior'],
  ['until', 'till'],
  ['ease', 'defuse', 'alleviate', 'calm', 'reduce', 'soothe'],
  ['improve', 'enhance', 'boost'],
  ['stabilize', 'steady'],
  ['maintain', 'sustain', 'preserve'],
  ['help', 'assist', 'aid'],
  ['fight', 'battle', 'combat', 'clash'],
  ['damage', 'harm'],
  ['buy', 'purchase', 'acquire'],
  ['kill', 'slay'],
  ['find', 'discover', 'locate'],
  // Countries and their adjectives (translation flips between them freely)
  ['us', 'u.s.', 'usa', 'united states', 'america', 'american'],
  ['china', 'chinese', 'sino', 'prc'],
  ['uk', 'britain', 'british', 'united kingdom'],
  ['russia', 'russian'],
  ['eu', 'european union'],
];

export interface SynonymTable {
  /** "lemma" or "lemma/POS" → key. */
  single: ReadonlyMap<string, string>;
  /** First lemma of a phrase → phrases starting with it (lemma sequences), longest first. */
  phrases: ReadonlyMap<string, ReadonlyArray<{ words: string[]; key: string }>>;
}

function build(): SynonymTable {
  const single = new Map<string, string>();
  const phrases = new Map<string, Array<{ words: string[]; key: string }>>();
  for (const group of GROUPS) {
    const key = (group[0] ?? '').replace(/\/[A-Z]+$/, '').replace(/ /g, '_');
    for (const entry of group) {
      const words = entry.split(' ');
      const first = words[0];
      if (words.length === 1 || first === undefined) {
        single.set(entry, key);
        continue;
      }
      const list = phrases.get(first) ?? [];
      list.push({ words, key });
      phrases.set(first, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { single, phrases };
}

export const SYNONYMS: SynonymTable = build();

/** Number of entries, for a test that keeps the table within its intended size. */
export const SYNONYM_ENTRY_COUNT = GROUPS.reduce((n, g) => n + g.length, 0);
