/**
 * Test helper: the real corpus (../shared/corpus beside the repository) as the desk would
 * import it, through the import's own preparation and cleaning. The articles are read from
 * disk only; nothing of them is stored in the repository. Absent folder: null and the reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceInput } from '../analyzeSources';
import { cleanArticle } from '../../ingest/applyCleaning';
import { prepareArticle } from '../../ingest/prepare';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../..', 'shared', 'corpus', 'blinken-beijing-2023');

export function corpusSources(): { sources: SourceInput[]; files: string[] } | { sources: null; reason: string } {
  if (!existsSync(CORPUS_DIR)) return { sources: null, reason: `corpus not found at ${CORPUS_DIR}` };
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) return { sources: null, reason: `no .txt articles in ${CORPUS_DIR}` };
  const sources = files.map((f, i) => {
    const prepared = prepareArticle('text', readFileSync(join(CORPUS_DIR, f), 'utf8'));
    return { id: i + 1, title: f, text: cleanArticle(prepared.text, { captions: prepared.captions }).cleanText, nearDuplicateOf: null };
  });
  return { sources, files };
}
