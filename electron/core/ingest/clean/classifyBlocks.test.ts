import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../testing/fixtures';
import type { Block } from '../types';
import { classifyBlocks } from './classifyBlocks';

/** Each block as "label reason: text", to compare whole verdicts at once. */
function verdicts(blocks: Block[]): string[] {
  return blocks.map((block) => `${block.label} ${block.reason ?? '-'}: ${block.text}`);
}

function verdictOf(blocks: Block[], text: string): string {
  const block = blocks.find((candidate) => candidate.text === text);
  if (!block) throw new Error(`no block with text: ${text}`);
  return `${block.label} ${block.reason ?? '-'}`;
}

describe('classifyBlocks', () => {
  it('gives one trimmed block per non-empty line, with exact offsets', () => {
    const text = '  Headline here  \n\n\n\t\nFirst  paragraph of the story, with a comma.   \n   \nLast line without newline';
    const blocks = classifyBlocks(text);
    expect(blocks.map((block) => block.text)).toEqual([
      'Headline here',
      'First  paragraph of the story, with a comma.',
      'Last line without newline',
    ]);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    expect(blocks[0]?.start).toBe(2);
  });

  it('stays fast on a line padded with a long run of whitespace', () => {
    const padded = `Left${' '.repeat(20_000)}right`;
    const started = performance.now();
    const blocks = classifyBlocks(`Headline\n\n${padded}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(blocks[1]?.text).toBe(padded);
  });

  it('returns nothing for empty or blank text', () => {
    expect(classifyBlocks('')).toEqual([]);
    expect(classifyBlocks('\n  \n\t\n')).toEqual([]);
  });

  it('sorts a scraped local story into title, byline, body, caption and junk with reasons', () => {
    const text = [
      'Skip to main content',
      'Home » Local » Weather',
      'Floodwater closes Millbrook bridge for a third day',
      'By Ana Kovac and Tom Reyes',
      'MILLBROOK, Feb. 4 (Riverside Press) – The Millbrook bridge stayed shut on Thursday as the river rose another half metre, the county roads department said.',
      'The river crested at 4.2 metres overnight. Photo: Lena Park / Riverside Press',
      'Engineers will inspect the supports once the water drops, a spokesman said, adding that the earliest reopening would be Monday.',
      'ADVERTISEMENT',
      'Story continues below advertisement',
      'Residents who want to read more about the closure can find the notice at the library, which stays open late this week, officials said.',
      '[ad id="12" size="300x250"]',
      'Share this:',
      'Click to share on Facebook (Opens in new window)',
      'Facebook X WhatsApp Email',
      'Recommended for you',
      'Council approves new flood barrier budget',
      'School bus routes change during closure',
      'The county expects the water to fall below the deck by the weekend.',
      'Subscribe to our newsletter',
      'Sign up for the Morning Briefing, free every weekday',
      'Reporting by Ana Kovac; Editing by Tom Reyes',
      '© 2026 Riverside Press. All rights reserved.',
      'Ana Kovac is a staff reporter covering transport and local government for the Press.',
      'Follow Ana on X',
      'Comments (3)',
      'Leave a comment',
      'Name *',
      'Email *',
      'Website',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ].join('\n\n');
    expect(verdicts(classifyBlocks(text)).map((line) => line.split(':')[0])).toEqual([
      'boilerplate navigation',
      'boilerplate navigation',
      'title title',
      'byline byline',
      'body -',
      'caption caption',
      'body -',
      'boilerplate ad-marker',
      'boilerplate ad-marker',
      'body -',
      'boilerplate ad-marker',
      'boilerplate share-prompt',
      'boilerplate share-prompt',
      'boilerplate share-prompt',
      'boilerplate related-links',
      'boilerplate related-links',
      'boilerplate related-links',
      'body -',
      'boilerplate subscribe-prompt',
      'boilerplate subscribe-prompt',
      'boilerplate credit',
      'boilerplate credit',
      'boilerplate author-bio',
      'boilerplate author-bio',
      'boilerplate comment-form',
      'boilerplate comment-form',
      'boilerplate comment-form',
      'boilerplate comment-form',
      'boilerplate comment-form',
      'boilerplate comment-form',
      'boilerplate comment-form',
    ]);
  });

  it('keeps a dateline paragraph as body, in capitals or in ordinary case with an agency', () => {
    for (const lead of [
      'HARLOW BAY (Coastline News) – Two fishing boats collided in fog off Harlow Bay early on Sunday.',
      'KESTREL FALLS, March 3 (Agency) - The town council voted to close the old mill.',
      'GRANTHAM — A short one.',
      'Lisbon, June 9 (Wire) -- Talks resumed.',
    ]) {
      const blocks = classifyBlocks(`Boats collide in fog\n\n${lead}\n\nMore detail followed in a second paragraph of the story.`);
      expect(verdictOf(blocks, lead)).toBe('body -');
    }
  });

  it('does not take a lead paragraph for a headline', () => {
    const text = 'The harbour board met on Monday and agreed to dredge the channel.\n\nThe work starts in May.';
    expect(verdicts(classifyBlocks(text))).toEqual([
      'body -: The harbour board met on Monday and agreed to dredge the channel.',
      'body -: The work starts in May.',
    ]);
    // A first line that runs on into the next is half a paragraph, not a headline.
    const wrapped = 'Officials from the two ports and\nthe coastguard met on Monday.';
    expect(classifyBlocks(wrapped).map((block) => block.label)).toEqual(['body', 'body']);
  });

  it('keeps a sentence that mentions reading more, or starts with "Read more", when it is running prose', () => {
    const passing = 'Those who read more than the summary will find that the panel, which sat for six weeks, never asked about the radar.';
    const opening = 'Read more than 400 pages of testimony, the panel said, and you will find no mention of the radar, which the crew had flagged twice.';
    const blocks = classifyBlocks(`Inquiry report published\n\n${passing}\n\n${opening}\n\nRead more: Panel members named | Timeline of the inquiry`);
    expect(verdictOf(blocks, passing)).toBe('body -');
    expect(verdictOf(blocks, opening)).toBe('body -');
    expect(verdictOf(blocks, 'Read more: Panel members named | Timeline of the inquiry')).toBe('boilerplate read-more');
  });

  it('removes every later copy of a repeated paragraph and keeps the first', () => {
    const repeated = 'The mayor said the  market would reopen on Saturday.';
    const text = `Market fire\n\n${repeated}\n\nStallholders counted their losses.\n\n${repeated.replace('  ', ' ')}\n\n${repeated}`;
    expect(classifyBlocks(text).map((block) => block.reason)).toEqual(['title', null, null, 'repeated-paragraph', 'repeated-paragraph']);
  });

  it('keeps captions as captions, from a photo credit or from the extractor, and removes bare credits', () => {
    const text = [
      'Lighthouse keeper retires after 40 years',
      'The lamp room at dusk on her last shift. (Photo: Jo Brandt/Coast Times)',
      'Keeper Mara Oduya climbs the 112 steps at dusk',
      'Mara Oduya climbed the tower for the last time on Friday, the trust said.',
      'Image: Getty Images',
      'Photo: Jo Brandt/Coast Times',
      '(AFP)',
      'Jo Brandt/Reuters',
      'She plans to write a history of the light, which was built in 1871.',
    ].join('\n\n');
    const blocks = classifyBlocks(text, { captions: ['Keeper Mara Oduya climbs the 112 steps at dusk'] });
    expect(blocks.map((block) => block.reason)).toEqual([
      'title',
      'caption',
      'caption',
      null,
      'photo-credit',
      'photo-credit',
      'photo-credit',
      'photo-credit',
      null,
    ]);
    expect(blocks[1]?.label).toBe('caption');
  });

  it('takes the headline list under a bare marker until the story resumes', () => {
    const text = [
      'Tram line opens',
      'The first tram left the depot at six, with the mayor aboard.',
      'More from the Gazette:',
      'Bus fares frozen for another year',
      'Why the ring road keeps flooding',
      'Passengers said the ride was smooth and quiet.',
      'See also: How the tram was built',
    ].join('\n\n');
    expect(classifyBlocks(text).map((block) => block.reason)).toEqual([
      'title',
      null,
      'related-links',
      'related-links',
      'related-links',
      null,
      'related-links',
    ]);
  });

  it('removes credits and the author name card after the story, but not a story line with a name in it', () => {
    const text = [
      'Orchard harvest falls by a third',
      'Growers in the valley picked a third fewer apples this year, the growers association said.',
      'Nadia Ferrante, who runs the largest orchard, said the spring frost had killed most of the blossom.',
      '(Additional reporting by Piet Vos)',
      'Read more at valleynews.example',
      'Liesel Hartmann',
      '"Coffee addict. Amateur gardener. Occasional cyclist."',
      'Leave a comment below',
      'Cancel reply',
    ].join('\n\n');
    expect(classifyBlocks(text).map((block) => block.reason)).toEqual([
      'title',
      null,
      null,
      'credit',
      'read-more',
      'author-bio',
      'author-bio',
      'comment-form',
      'comment-form',
    ]);
  });

  it('keeps short story lines that end the article when no junk comes before them', () => {
    const text = 'Bakery wins prize\n\nThe bakery on Mill Lane won the regional prize for its rye loaf.\n\nJudges Were Unanimous\n\nPost a comment';
    expect(verdictOf(classifyBlocks(text), 'Judges Were Unanimous')).toBe('body -');
  });

  it('recognises byline shapes near the top only', () => {
    for (const byline of ['By Jane Doe', 'By Jane Doe and John Roe', 'Written by Mira Sol', 'Jane Doe | The Coast Times', 'By Ola Berg, Staff Writer']) {
      const blocks = classifyBlocks(`Headline of the day\n\n${byline}\n\nThe first paragraph of the story, which is long enough to be a real paragraph of news text for a reader.`);
      expect(verdictOf(blocks, byline)).toBe('byline byline');
    }
    const late = classifyBlocks('Headline\n\n' + 'A long paragraph of story text that goes on for more than thirty words so that the story has clearly started by now and anything after it is no longer near the top of the page.\n\nBy Jane Doe');
    expect(verdictOf(late, 'By Jane Doe')).toBe('body -');
  });

  it('keeps body lines that merely start like junk', () => {
    const lines = [
      'Share prices at the port operator fell on the news.',
      'Related fears about the bar have been raised for months.',
      'Reporting by the Gazette found the buoys had not been moved since 2019.',
      'Sign up for the scheme has been slow, the council admitted.',
      'Website owners were asked to remove the leaked plans.',
      'Copyright lawyers for the photographer said they would sue.',
    ];
    const blocks = classifyBlocks(['Port news', ...lines].join('\n\n'));
    for (const line of lines) expect(verdictOf(blocks, line)).toBe('body -');
  });
});

describe('classifyBlocks on the bundled sample story', () => {
  const sampleDir = join(REPO_ROOT, 'resources', 'sample');

  /** Non-body verdicts by 1-based line number, as the sample README numbers lines. */
  function nonBody(file: string): Record<number, string> {
    const text = readFileSync(join(sampleDir, file), 'utf8');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    const blocks = classifyBlocks(text);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    return Object.fromEntries(blocks.filter((block) => block.label !== 'body').map((block) => [lineOf(block.start), `${block.label} ${block.reason ?? '-'}`]));
  }

  it('01 loses exactly its junk lines and keeps its caption as a caption', () => {
    expect(nonBody('01-harbour-ledger.txt')).toEqual({
      1: 'title title',
      3: 'byline byline',
      5: 'caption caption',
      15: 'boilerplate ad-marker',
      25: 'boilerplate related-links',
      27: 'boilerplate author-bio',
      29: 'boilerplate navigation',
    });
  });

  it('02 (wire copy with a dateline) loses nothing but its headline', () => {
    expect(nonBody('02-northgate-wire.txt')).toEqual({ 1: 'title title' });
  });

  it('03 (curly quotes) loses nothing but its headline and byline', () => {
    expect(nonBody('03-carrow-evening-post.txt')).toEqual({ 1: 'title title', 3: 'byline byline' });
  });

  it('04 loses exactly its junk lines, including the second copy of the repeated paragraph', () => {
    expect(nonBody('04-vellan-bay-bulletin.txt')).toEqual({
      1: 'title title',
      3: 'byline byline',
      9: 'boilerplate read-more',
      13: 'boilerplate ad-marker',
      23: 'boilerplate repeated-paragraph',
      27: 'boilerplate comment-form',
      29: 'boilerplate comment-form',
      31: 'boilerplate navigation',
    });
  });
});
