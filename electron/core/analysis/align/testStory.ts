/**
 * A made-up story for the aligner's tests, written for the project (no real article text), and a
 * toy synonym spinner that rewrites it the way content farms do, so tests can build many
 * "outlets" reporting the same claims in different words.
 */

/** Forty claims of one fictional event, in story order. */
export const STORY: readonly string[] = [
  'Foreign Minister Ana Kovacs of Veltria arrived in Marossa on Sunday for a two-day visit.',
  'The visit is the first by a Veltrian foreign minister in six years.',
  'Kovacs met President Dario Lenz at the Summer Palace on Monday morning.',
  'The meeting lasted 45 minutes, officials said.',
  'Both sides described the talks as frank and productive.',
  'Lenz said relations between the two countries had reached a difficult point.',
  'Kovacs told reporters that the two governments agreed to restore regular flights.',
  'The flights were suspended in March after a dispute over fishing rights.',
  'A joint statement promised new talks on the fishing dispute before the end of the year.',
  'Trade between Veltria and Marossa fell by 12 percent last year.',
  'Marossa is the largest buyer of Veltrian wheat.',
  'Farmers in northern Veltria have lost millions since the border closed.',
  'The minister visited a grain terminal in the port city of Salvek on Monday afternoon.',
  'Dock workers greeted the delegation with banners calling for an open border.',
  'Kovacs promised the workers that trucks would cross the border again within weeks.',
  'Opposition leader Mirela Dusk criticised the trip as a publicity stunt.',
  'Dusk said the government had ignored the fishermen of the southern coast.',
  'Police closed the coastal highway for three hours during the convoy.',
  'Several hundred protesters gathered outside the parliament in the capital.',
  'The protest ended peacefully in the evening, police said.',
  'Lenz is expected to travel to Veltria in the autumn.',
  'Officials from both countries will meet in Geneva next month to draft a fishing treaty.',
  'The treaty would set quotas for cod and herring in the shared waters.',
  'Environmental groups warned that stocks of cod have fallen sharply.',
  'A video released by the presidency showed the two leaders shaking hands.',
  'State television broadcast the opening remarks live.',
  'Lenz thanked Kovacs for the gift of a painting by a Veltrian artist.',
  'The painting shows the old lighthouse at Salvek.',
  'Analysts said the visit could ease tensions that have soared since the spring.',
  'The central bank of Marossa welcomed the agreement on flights.',
  'Shares of the national airline rose 8 percent after the announcement.',
  'The airline plans to resume daily flights to the Veltrian capital in July.',
  'Tourism officials expect the return of 200,000 visitors a year.',
  'Kovacs left Marossa on Monday evening for talks in Brussels.',
  'She will brief European ministers on the outcome of the trip on Wednesday.',
  'The foreign ministry of Veltria called the visit a turning point.',
  'Diplomats cautioned that the fishing dispute remains far from settled.',
  'Fishermen in Salvek said they would wait for the treaty before celebrating.',
  'The two ministers also discussed a rail link across the mountains.',
  'Engineers estimate that the rail link would cost 3 billion euros.',
];

/** What a spinner or a translation engine swaps; the first word of each row is replaced by the others. */
const SPINS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['visit', ['trip', 'journey', 'go to']],
  ['visited', ['toured', 'went to']],
  ['meeting', ['assembly', 'talks', 'gathering']],
  ['talks', ['meeting', 'conference', 'talks']],
  ['said', ['stated', 'told', 'informed']],
  ['told', ['informed', 'said to']],
  ['officials', ['officers', 'functionaries']],
  ['expected', ['anticipated', 'predicted']],
  ['expect', ['anticipate', 'predict']],
  ['video', ['footage', 'clip']],
  ['sides', ['aspects', 'parties']],
  ['largest', ['biggest', 'greatest']],
  ['first', ['primary', 'initial']],
  ['soared', ['hovered', 'surged']],
  ['statement', ['announcement', 'communique']],
  ['released', ['launched', 'published']],
  ['countries', ['nations', 'international locations']],
  ['trade', ['commerce']],
  ['difficult', ['hard', 'tough']],
  ['promised', ['pledged', 'vowed']],
  ['warned', ['cautioned', 'alerted']],
  ['ended', ['concluded', 'finished']],
  ['new', ['brand new', 'recent']],
  ['leaders', ['presidents', 'heads']],
];

/** Deterministic PRNG (mulberry32), so generated fixtures are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rewrites a sentence: each spinnable word is swapped with probability `rate`. */
export function spin(sentence: string, random: () => number, rate = 0.6): string {
  return sentence.replace(/[A-Za-z]+/g, (word) => {
    const row = SPINS.find(([w]) => w === word.toLowerCase());
    if (!row || random() >= rate) return word;
    const options = row[1];
    return options[Math.floor(random() * options.length)] ?? word;
  });
}

/** Changes one figure in a sentence, as outlets that disagree on it would. */
export function shiftNumber(sentence: string, random: () => number): string {
  return sentence.replace(/\d+/, (n) => String(Number(n) + 1 + Math.floor(random() * 20)));
}

/**
 * One outlet's version of the story: claims spun, some figures changed, a few claims dropped, the
 * order shuffled locally (outlets reorder paragraphs, they rarely reverse a story).
 */
export function outletVersion(seed: number): Array<{ claim: number; text: string }> {
  const random = rng(seed);
  const kept = STORY.map((text, claim) => ({ claim, text })).filter(() => random() > 0.1);
  const rewritten = kept.map(({ claim, text }) => {
    let out = spin(text, random);
    if (random() < 0.2) out = shiftNumber(out, random);
    return { claim, text: out, key: claim + random() * 6 };
  });
  rewritten.sort((x, y) => x.key - y.key);
  return rewritten.map(({ claim, text }) => ({ claim, text }));
}
