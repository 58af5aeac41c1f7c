/**
 * Test helper: the bundled sample story (resources/sample) as analysis input, with the scraper
 * junk and headline stripped the simple way (paragraphs, junk lines dropped, first line dropped),
 * or through the import's own cleaner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../analyzeSources';
import { cleanArticle } from '../../ingest/applyCleaning';
import { prepareArticle } from '../../ingest/prepare';

export const SAMPLE_DIR = join(import.meta.dirname, '../../../../resources/sample');

const JUNK = /^\[ad_slot|^Related:|^Read more:|^About the author|^Back to top|^Leave a Reply|^Your email address|^Next Post|Photo:/;

export function stripJunk(raw: string): string {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n').slice(1);
  return lines
    .join('\n')
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !JUNK.test(p))
    .join('\n\n');
}

export function sampleSources(): SourceInput[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: i + 1, title: f, text: stripJunk(readFileSync(join(SAMPLE_DIR, f), 'utf8')), nearDuplicateOf: null }));
}

/** The sample as the desk imports it: the import's own preparation and cleaning. */
export function cleanedSampleSources(): SourceInput[] {
  return readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => {
      const prepared = prepareArticle('text', readFileSync(join(SAMPLE_DIR, f), 'utf8'));
      return { id: i + 1, title: f, text: cleanArticle(prepared.text, { captions: prepared.captions }).cleanText, nearDuplicateOf: null };
    });
}
