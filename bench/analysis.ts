/**
 * `npm run bench` (`-- --json` for machines): how fast the analysis runs, against a
 * tokenise-only pass of the same NLP library over the same text, and how it scales with the
 * number of sources. Prints figures; never fails on time. Writes bench/results/latest.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeSources, type SourceInput } from '../electron/core/analysis/analyzeSources';
import { cleanArticle } from '../electron/core/ingest/applyCleaning';
import { prepareArticle } from '../electron/core/ingest/prepare';
import { countWords } from '../electron/core/ingest/textStats';

const root = resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');

function cleaned(rawText: string): string {
  const prepared = prepareArticle('text', rawText);
  return cleanArticle(prepared.text, { captions: prepared.captions }).cleanText;
}

function readFolder(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => cleaned(readFileSync(join(folder, f), 'utf8')));
}

const sample = readFolder(join(root, 'resources', 'sample'));
const corpusDir = join(root, '..', 'shared', 'corpus', 'blinken-beijing-2023');
const corpus = existsSync(corpusDir) ? readFolder(corpusDir) : [];
const base = corpus.length > 0 ? corpus : sample;

/** A rewrite of a base article: words swapped and figures nudged, so no two sources are identical. */
const SWAPS: Array<[RegExp, string]> = [
  [/\bmeeting\b/g, 'talks'],
  [/\bsaid\b/g, 'told reporters'],
  [/\bvisit\b/g, 'trip'],
  [/\bMonday\b/g, 'Tuesday'],
  [/\bTuesday\b/g, 'Wednesday'],
];
function variant(text: string, n: number): string {
  let out = text;
  SWAPS.forEach(([pattern, replacement], i) => {
    if ((n >> i) & 1) out = out.replace(pattern, replacement);
  });
  return out.replace(/\b(\d{2,3})\b/, (m) => String(Number(m) + (n % 7)));
}

function sourcesOf(count: number): SourceInput[] {
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, title: `Source ${i + 1}`, text: variant(base[i % base.length]!, i), nearDuplicateOf: null }));
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: Math.round((performance.now() - start) * 10) / 10 };
}

// Warm both paths once so model loading is not timed.
const tokenizer = winkNLP(model, []);
analyzeSources(sourcesOf(2));
tokenizer.readDoc(base[0]!).tokens().out();

const fiveInput = sourcesOf(base.length);
const words = fiveInput.reduce((n, s) => n + countWords(s.text), 0);
const tokenizeMs = timed(() => fiveInput.forEach((s) => tokenizer.readDoc(s.text).tokens().out())).ms;
const analysis = timed(() => analyzeSources(fiveInput));

const scaling = [10, 25, 50, 100, 200].map((count) => {
  const input = sourcesOf(count);
  const run = timed(() => analyzeSources(input));
  return { sources: count, words: input.reduce((n, s) => n + countWords(s.text), 0), ms: run.ms, rssMb: Math.round(process.memoryUsage().rss / 1048576), discrepancies: run.value.discrepancies.length };
});

const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1073741824), node: process.version },
  base: corpus.length > 0 ? 'corpus' : 'sample',
  analysis: { words, ms: analysis.ms, tokenizeMs, ratio: Math.round((analysis.ms / tokenizeMs) * 10) / 10, discrepancies: analysis.value.discrepancies.length },
  scaling,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`Analysis of ${base.length} ${result.base} articles (${words} words): ${analysis.ms} ms; tokenise-only ${tokenizeMs} ms (${result.analysis.ratio}×); ${result.analysis.discrepancies} discrepancies`);
  console.log('sources   words       ms   rss MB   discrepancies');
  for (const s of scaling) console.log(`${String(s.sources).padStart(7)} ${String(s.words).padStart(7)} ${String(s.ms).padStart(8)} ${String(s.rssMb).padStart(8)} ${String(s.discrepancies).padStart(15)}`);
  console.log(`(${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memoryGb} GB, Node ${result.machine.node})`);
}
