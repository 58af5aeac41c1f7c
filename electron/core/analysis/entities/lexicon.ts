/**
 * Small word lists that drive the name rules. They are deliberately short and general: the
 * goal is to tell people, organisations and places apart in news copy, not to be a gazetteer.
 * All entries are lower-case; look words up with `lower()`.
 */

/** Printable ASCII lower-cases the same in every locale, and much faster without ICU. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
export const lower = (s: string): string => (PRINTABLE_ASCII.test(s) ? s.toLowerCase() : s.toLocaleLowerCase('en'));

/** Words that make a phrase a title or role ("Transport Minister", "harbour master"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'minister', 'deputy', 'secretary', 'ambassador', 'spokesperson', 'spokesman',
  'spokeswoman', 'director', 'chief', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'governor', 'mayor', 'senator', 'general', 'commissioner', 'master', 'captain', 'officer',
  'adviser', 'advisor', 'envoy', 'king', 'queen', 'premier', 'chancellor', 'leader', 'diplomat',
  'founder', 'ceo', 'manager', 'judge', 'inspector', 'superintendent', 'sheriff', 'prosecutor',
  'representative', 'congressman', 'congresswoman', 'councillor', 'councilor', 'lawmaker', 'mp',
  'editor', 'correspondent', 'professor', 'coach', 'prince', 'princess', 'pope', 'bishop',
  'admiral', 'colonel', 'lieutenant', 'sergeant', 'commander', 'attorney', 'counsel', 'president-elect',
]);

/**
 * Words that are titles only when they stand before a name ("Secretary Holm") and would be
 * too noisy as appositives; kept apart so the appositive rule can stay strict.
 */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady']);

/** Head words of organisation names. */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'party', 'council', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd',
  'ltd.', 'llc', 'plc', 'co', 'co.', 'company', 'agency', 'university', 'bank', 'committee', 'service',
  'services', 'ferries', 'post', 'times', 'institute', 'foundation', 'association', 'union',
  'commission', 'court', 'police', 'army', 'navy', 'group', 'network', 'news', 'television',
  'broadcasting', 'office', 'authority', 'board', 'administration', 'center', 'centre', 'school',
  'college', 'hospital', 'airlines', 'airways', 'railway', 'railways', 'press', 'journal', 'herald',
  'tribune', 'guardian', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'bureau',
  'federation', 'organisation', 'organization', 'society', 'club', 'league', 'trust', 'fund',
  'forces', 'coalition', 'alliance', 'government', 'media', 'radio', 'daily', 'gazette', 'telegraph',
]);

/** Last words that make a name a place. */
export const PLACE_HEADS = new Set([
  'city', 'island', 'islands', 'harbour', 'harbor', 'bay', 'street', 'square', 'hall', 'road',
  'avenue', 'river', 'lake', 'port', 'province', 'county', 'district', 'bridge', 'airport', 'station',
  'park', 'sea', 'ocean', 'peninsula', 'valley', 'coast', 'strait', 'palace', 'village', 'town',
  'mountains', 'quay', 'pier', 'terminal', 'canal', 'channel', 'region', 'state',
]);

/** First words that make a name a place ("Port Alva", "Mount Kessel", "Lake Orm"). */
export const PLACE_PREFIXES = new Set(['port', 'mount', 'lake', 'fort', 'cape', 'isle', 'saint', 'st', 'st.', 'san', 'santa', 'new']);

/** A tiny list of countries and capitals that news copy names without any cue word. */
export const PLACE_NAMES = new Set([
  'us', 'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.', 'eu', 'america', 'united states', 'united kingdom',
  'china', 'russia', 'ukraine', 'taiwan', 'japan', 'india', 'france', 'germany', 'italy', 'spain',
  'britain', 'canada', 'mexico', 'brazil', 'australia', 'iran', 'israel', 'korea', 'north korea',
  'south korea', 'europe', 'asia', 'africa', 'hong kong', 'beijing', 'washington', 'moscow', 'kyiv',
  'london', 'paris', 'berlin', 'tokyo', 'brussels', 'shanghai', 'taipei', 'new york', 'bali',
  'netherlands', 'belgium', 'poland', 'turkey', 'egypt', 'pakistan', 'vietnam', 'philippines',
  'indonesia', 'singapore', 'guatemala', 'argentina', 'chile', 'norway', 'sweden', 'denmark', 'finland',
]);

/** Nationality adjectives: part of a role ("Chinese President"), never a name on their own. */
export const DEMONYMS = new Set([
  'american', 'chinese', 'british', 'russian', 'ukrainian', 'japanese', 'indian', 'french', 'german',
  'italian', 'spanish', 'canadian', 'mexican', 'brazilian', 'australian', 'iranian', 'israeli',
  'korean', 'european', 'asian', 'african', 'taiwanese', 'dutch', 'belgian', 'polish', 'turkish',
  'egyptian', 'pakistani', 'vietnamese', 'filipino', 'indonesian', 'swedish', 'norwegian', 'danish',
  'finnish', 'sino', 'western', 'eastern', 'northern', 'southern', 'us', 'u.s.', 'uk', 'eu',
]);

/** Subject-area words that continue a title after "of"/"for" ("Minister of Foreign Affairs"). */
export const TITLE_DOMAINS = new Set([
  'state', 'foreign', 'affairs', 'defence', 'defense', 'finance', 'transport', 'transportation',
  'home', 'interior', 'justice', 'health', 'education', 'trade', 'commerce', 'energy', 'environment',
  'agriculture', 'labour', 'labor', 'culture', 'treasury', 'security', 'economy', 'economic',
  'industry', 'public', 'works', 'housing', 'and', 'the', 'staff', 'police', 'mission', 'science',
  'technology', 'information', 'communications', 'development', 'international', 'national',
  'prime', 'executive', 'united', 'states', 'kingdom', 'nations', 'top', 'senior', 'assistant',
  'general', 'acting', 'former', 'vice', 'chief', 'deputy', 'regional', 'federal', 'city', 'port',
]);

/** Lower-case words that may stand before a title that is already part of a name run ("former President X"). */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'late', 'new', 'current', 'retired',
  'senior', 'junior', 'assistant', 'associate', 'executive', 'vice', 'deputy', 'top', 'chief', 'first',
]);

/** Lower-case words that join the parts of one name ("Ministry of Foreign Affairs", "Ursula van Dam"). */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter']);

/** Capitalised words that are never names by themselves. */
export const NEVER_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we',
  'they', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'but', 'and', 'or', 'so', 'yet', 'if',
  'when', 'while', 'as', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'of', 'by', 'after',
  'before', 'during', 'however', 'meanwhile', 'also', 'there', 'here', 'what', 'who', 'why', 'how',
  'where', 'which', 'today', 'yesterday', 'tomorrow', 'tonight', 'god', 'ok', 'yes', 'no', 'not',
  'see', 'read', 'more', 'photo', 'video', 'advertisement', 'related', 'editor', 'note', 'update',
  'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'live', 'both', 'all', 'some', 'any',
]);

/** Pronouns a quotation may be attributed to; the pipeline resolves them, so we report null. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Verbs of saying, in the forms news copy uses. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states',
  'asked', 'asks', 'replied', 'replies', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes',
  'warned', 'warns', 'insisted', 'insists', 'declared', 'declares', 'announced', 'announces',
  'remarked', 'argued', 'argues', 'continued', 'stressed', 'stresses', 'urged', 'urges', 'claimed',
  'claims', 'confirmed', 'confirms', 'conceded', 'recalled', 'commented', 'observed', 'acknowledged',
  'promised', 'vowed', 'cautioned', 'emphasised', 'emphasized', 'informed', 'responded', 'admitted',
  'described', 'called', 'welcomed', 'tweeted', 'posted', 'shouted', 'whispered', 'agreed',
]);
