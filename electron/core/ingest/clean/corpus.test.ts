/**
 * The cleaner against real scraped copies (../shared/corpus, outside the repo, never copied
 * in). corpusLabels.json holds our own verdict for every non-empty line, by line number and a
 * short hash of the line, so this file carries no corpus text and a changed corpus fails loudly.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../testing/fixtures';
import type { Block, BlockLabel } from '../types';
import { keptByDefault } from '../../../../shared/domain/source';
import { classifyBlocks } from './classifyBlocks';
import corpusLabels from './corpusLabels.json';

interface LineLabel {
  line: number;
  label: BlockLabel;
  sha: string;
}

const CORPUS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus', 'blinken-beijing-2023');
const LABELS = corpusLabels as Record<string, LineLabel[]>;
const present = existsSync(CORPUS_DIR);

if (!present) {
  // eslint-disable-next-line no-console -- the reason a test was skipped belongs in the test output
  console.log(`corpus cleaning: skipped, the corpus folder ${CORPUS_DIR} is not on this machine`);
}

/** UTF-8 as the importer reads it: a byte-order mark dropped, \r\n and \r to \n. */
function readArticle(name: string): string {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(join(CORPUS_DIR, name)));
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

function sha8(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** The 0-based line each block starts on, found from its offset. */
function blocksByLine(text: string, blocks: Block[]): Map<number, Block> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const byLine = new Map<number, Block>();
  let line = 0;
  for (const block of blocks) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= block.start) line++;
    byLine.set(line, block);
  }
  return byLine;
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10}%`;
}

describe.skipIf(!present)('cleaning the real-world corpus', () => {
  it('has a label for every non-empty line of every file, and the lines are unchanged', () => {
    for (const [name, labels] of Object.entries(LABELS)) {
      const text = readArticle(name);
      const lines = text.split('\n');
      const labelled = new Set(labels.map((entry) => entry.line));
      lines.forEach((line, index) => {
        if (line.trim() !== '') expect(labelled.has(index), `${name}: line ${index} has no label`).toBe(true);
      });
      for (const entry of labels) {
        expect(sha8((lines[entry.line] ?? '').trim()), `${name}: line ${entry.line} changed since it was labelled`).toBe(entry.sha);
      }
    }
  });

  it('removes at least 95% of the junk lines and keeps at least 98% of the body lines', () => {
    let junk = 0;
    let junkRemoved = 0;
    let body = 0;
    let bodyKept = 0;
    let captions = 0;
    let captionsKept = 0;
    const misses: string[] = [];
    for (const [name, labels] of Object.entries(LABELS)) {
      const text = readArticle(name);
      const blocks = classifyBlocks(text);
      for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
      const byLine = blocksByLine(text, blocks);
      expect(byLine.size, `${name}: one block per labelled line`).toBe(labels.length);
      for (const entry of labels) {
        const block = byLine.get(entry.line);
        expect(block, `${name}: no block for line ${entry.line}`).toBeDefined();
        if (!block) continue;
        expect(sha8(block.text), `${name}: block on line ${entry.line} is not that line`).toBe(entry.sha);
        const miss = `${name} line ${entry.line}: labelled ${entry.label}, classified ${block.label} (${block.reason ?? 'body'})`;
        if (entry.label === 'boilerplate') {
          junk++;
          if (block.label === 'boilerplate') junkRemoved++;
          else misses.push(miss);
        } else if (entry.label === 'body' || entry.label === 'caption') {
          const kept = keptByDefault(block.label);
          if (entry.label === 'body') {
            body++;
            if (kept) bodyKept++;
          } else {
            captions++;
            if (kept) captionsKept++;
          }
          if (!kept) misses.push(miss);
        }
      }
    }
    // eslint-disable-next-line no-console -- the figures are this test's report
    console.log(
      `corpus cleaning: ${junkRemoved}/${junk} boilerplate lines removed (${percent(junkRemoved, junk)}), ` +
        `${bodyKept}/${body} body lines kept (${percent(bodyKept, body)}), ` +
        `${captionsKept}/${captions} caption lines kept (${percent(captionsKept, captions)})` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(junkRemoved / junk).toBeGreaterThanOrEqual(0.95);
    expect(bodyKept / body).toBeGreaterThanOrEqual(0.98);
    // A caption is kept text: removing one loses what the picture showed.
    expect(captionsKept).toBe(captions);
  });
});
