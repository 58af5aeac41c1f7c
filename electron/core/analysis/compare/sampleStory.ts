/**
 * Test helper: the bundled sample story (resources/sample) as analysis input, with the scraper
 * junk and headline stripped the simple way (paragraphs, junk lines dropped, first line dropped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../analyzeSources';

export const SAMPLE_DIR = join(__dirname, '../../../../resources/sample');

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
