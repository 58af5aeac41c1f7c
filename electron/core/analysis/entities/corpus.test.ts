/**
 * The real corpus (design: five web copies of one story) read from disk, never copied: it lives
 * outside the repository and may be absent, in which case the test says so and skips.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MentionKind } from '../types';
import { extractMentions } from './mentions';
import { extractQuotations } from './quotations';
import { clusterNames, distinctSpellings } from './nameVariants';

const dir = fileURLToPath(new URL('../../../../../shared/corpus/blinken-beijing-2023/', import.meta.url));
const present = existsSync(dir);
if (!present) {
  // eslint-disable-next-line no-console
  console.log(`corpus test skipped: ${dir} does not exist on this machine`);
}

/** A crude split (lines, then sentence ends): the real segmenter lives in analysis/segment. */
const sentencesOf = (text: string): string[] => text.split(/\n+|(?<=[.!?][”"]?)\s+(?=[“"\p{Lu}])/u).filter((s) => s.trim().length > 0);

describe.skipIf(!present)('corpus: blinken-beijing-2023', () => {
  const files = present ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  const names: Array<{ text: string; sourceId: number; kind: MentionKind }> = [];
  let quotations = 0;
  const misplaced: string[] = [];
  files.forEach((file, sourceId) => {
    for (const s of sentencesOf(readFileSync(dir + file, 'utf8'))) {
      for (const m of extractMentions(s)) {
        if (s.slice(m.start, m.end) !== m.text) misplaced.push(m.text);
        names.push({ text: m.text, sourceId, kind: m.kind });
      }
      for (const q of extractQuotations(s)) {
        if (s.slice(q.start, q.end) !== q.text) misplaced.push(q.text);
        quotations++;
      }
    }
  });
  const clusters = clusterNames(names);

  it('reads five sources with names and quotations', () => {
    expect(files).toHaveLength(5);
    expect(names.length).toBeGreaterThan(100);
    expect(quotations).toBeGreaterThan(10);
    expect(misplaced).toEqual([]);
  });

  it('finds at least one person spelled differently across sources', () => {
    const misspelled = clusters.filter((c) => c.kind === 'person' && distinctSpellings(c).length >= 2);
    expect(misspelled.length).toBeGreaterThanOrEqual(1);
  });

  it("clusters the Secretary of State's surname with mentions from all five sources", () => {
    const surname = 'blinken';
    const mine = clusters.filter((c) => c.variants.some((v) => v.text.toLowerCase().split(/\s+/).includes(surname)));
    // One cluster holds the lone surname and the full names: the lone form is not left ambiguous.
    expect(mine).toHaveLength(1);
    const [c] = mine;
    const sources = new Set(c?.variants.flatMap((v) => v.sourceIds));
    expect(sources.size).toBe(5);
    expect(c?.kind).toBe('person');
    expect(c?.canonical.toLowerCase().endsWith(surname)).toBe(true);
    expect(c?.canonical.split(/\s+/).length).toBeGreaterThan(1);
  });
});
