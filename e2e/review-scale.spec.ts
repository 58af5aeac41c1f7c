import type { Page, Route } from '@playwright/test';
import type { AnalysisReport, Discrepancy, DiscrepancyKind } from '../shared/domain/analysis';
import type { SourceDetail, SourceSummary } from '../shared/domain/source';
import { expect, test } from './support/desk';

const SOURCES = 200;
const ITEMS = 2000;
const KINDS: DiscrepancyKind[] = ['name', 'role', 'number', 'duration', 'date', 'time', 'quote', 'attribution', 'single-source'];

function source(id: number): SourceDetail {
  return {
    id,
    title: `Report ${id} on the ferry grounding`,
    outlet: `Outlet ${id}`,
    author: null,
    publishedAt: '2026-03-18',
    url: null,
    language: 'en',
    origin: 'file',
    fileName: `report-${id}.txt`,
    format: 'text',
    wordCount: 300 + id,
    importedAt: '2026-03-18T10:00:00Z',
    removedCount: 0,
    nearDuplicateOf: null,
    nearDuplicateScore: null,
    openFlags: 10,
    text: `The ferry ran aground. Report ${id}.\n\nEveryone was taken off by lifeboat.`,
  } as SourceDetail;
}

function discrepancy(i: number): Discrepancy {
  const a = (i % SOURCES) + 1;
  const b = ((i * 7) % SOURCES) + 1;
  return {
    id: `item-${String(i).padStart(4, '0')}`,
    kind: KINDS[i % KINDS.length]!,
    status: i % 5 === 0 ? 'decided' : 'open',
    summary: `Discrepancy ${i}: reading A${i} / reading B${i}`,
    suggested: `A${i}`,
    confidence: 0.7,
    reasons: ['2 sources against 1'],
    variants: [
      { text: `A${i}`, sourceIds: [a], excerpts: [{ sourceId: a, start: 0, end: 5, quote: 'The f' }] },
      { text: `B${i}`, sourceIds: [b], excerpts: [{ sourceId: b, start: 0, end: 5, quote: 'The f' }] },
    ],
    decision: null,
  };
}

/** Serves a 200-source, 2,000-discrepancy project's reads from memory; everything else goes to the real host. */
async function bigProject(page: Page) {
  const sources = Array.from({ length: SOURCES }, (_, i) => source(i + 1));
  const summaries: SourceSummary[] = sources.map(({ text: _text, ...summary }) => summary);
  const report: AnalysisReport = {
    analyzedAt: '2026-03-18T12:00:00Z',
    stale: false,
    sources: summaries.map((s) => ({ id: s.id, title: s.title, fileName: s.fileName })),
    claims: [],
    discrepancies: Array.from({ length: ITEMS }, (_, i) => discrepancy(i)),
    entities: [],
    orphanedDecisions: [],
  };
  const answer = (route: Route, value: unknown) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  await page.route('**/api/sources.list', (route) => answer(route, summaries));
  await page.route('**/api/analysis.get', (route) => answer(route, report));
  await page.route('**/api/sources.get', (route) => answer(route, sources[(JSON.parse(route.request().postData() ?? '{}') as { id: number }).id - 1]));
}

test('200 sources and 2,000 discrepancies stay quick: only what is in view is in the page', async ({ desk }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'serves the big project through the browser host');
  const problems: string[] = [];
  desk.on('pageerror', (error) => problems.push(error.message));
  await bigProject(desk);
  await desk.reload();

  const sources = desk.getByRole('complementary', { name: 'Sources' });
  await expect(sources.getByRole('heading', { name: /Sources\s*200/ })).toBeVisible();
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  const queue = pane.getByRole('list', { name: 'Discrepancy queue' });
  await expect(pane.getByLabel('Status', { exact: true }).locator('option').first()).toHaveText('Open (1600)');
  expect(await sources.getByRole('listitem').count()).toBeLessThan(40);
  expect(await queue.getByRole('listitem').count()).toBeLessThan(60);

  // Twenty j presses: the selection walks down the queue and the list follows it.
  const started = Date.now();
  for (let i = 0; i < 20; i += 1) await desk.keyboard.press('j');
  await expect(pane.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 })).toContainText('Discrepancy');
  const perPress = (Date.now() - started) / 20;
  testInfo.annotations.push({ type: 'j press (ms)', description: perPress.toFixed(1) });

  // End of the list: the last source is reachable by keyboard and scrolled into view.
  await sources.getByRole('button', { name: /Outlet 1\b/ }).click();
  await desk.keyboard.press('End');
  await expect(sources.getByRole('button', { name: /Outlet 200/ })).toBeInViewport();
  await expect(sources.getByRole('button', { name: /Outlet 200/ })).toBeFocused();

  const filterStarted = Date.now();
  await pane.getByLabel('Kind', { exact: true }).selectOption('quote');
  await expect(pane.getByLabel('Status', { exact: true }).locator('option').first()).toHaveText(/^Open \(\d+\)$/);
  testInfo.annotations.push({ type: 'filter change (ms)', description: String(Date.now() - filterStarted) });
  console.log(`scale: ${SOURCES} sources, ${ITEMS} discrepancies: ${perPress.toFixed(1)} ms per j press (incl. Playwright round trip), filter change ${Date.now() - filterStarted} ms`);
  expect(perPress).toBeLessThan(250);
  expect(problems).toEqual([]);
});
