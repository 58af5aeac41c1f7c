/**
 * The Compare view at the scale of issue 5 (200 sources, 2,000 claims), in real Chromium. The
 * analysis and the source texts are synthetic, served in place of the host's answers, so the test
 * measures the table rather than the analysis. Prints its timings; fails only on behaviour (rows
 * virtualised, texts fetched per shown column, the end of the table reachable by keyboard).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/desk';
import { CLAIMS, syntheticProject } from './support/syntheticProject';

async function serveSynthetic(desk: Page) {
  const { report, texts } = syntheticProject();
  const fetched: number[] = [];
  await desk.route('**/api/analysis.get', (route) => route.fulfill({ json: { ok: true, value: report } }));
  await desk.route('**/api/sources.get', async (route) => {
    const { id } = route.request().postDataJSON() as { id: number };
    const original = await route.fetch({ postData: JSON.stringify({ id: Math.min(id, 4) }) });
    const body = (await original.json()) as { ok: true; value: Record<string, unknown> };
    fetched.push(id);
    await route.fulfill({ json: { ok: true, value: { ...body.value, id, title: `Report number ${id}`, text: texts[id - 1] } } });
  });
  return { report, fetched };
}

test('the Compare view stays responsive with 200 sources and 2,000 claims', async ({ desk }) => {
  // Serving the synthetic 2 MB analysis through Playwright's router is slow on a busy machine.
  test.setTimeout(180_000);
  const problems: string[] = [];
  desk.on('pageerror', (error) => problems.push(error.message));
  const { fetched } = await serveSynthetic(desk);
  await desk.reload();

  let started = Date.now();
  await desk.getByRole('tab', { name: 'Compare' }).click();
  const view = desk.getByRole('tabpanel', { name: 'Compare' });
  const grid = view.getByRole('grid', { name: 'Claims by source' });
  await expect(grid.getByRole('rowheader').first()).toBeVisible();
  await expect(grid.getByRole('gridcell').first()).not.toHaveText('Loading…');
  const firstView = Date.now() - started;

  await expect(grid).toHaveAttribute('aria-rowcount', String(CLAIMS + 1));
  const renderedRows = await grid.getByRole('rowheader').count();
  expect(renderedRows).toBeLessThan(40);
  // Six columns shown at first: six texts fetched, not two hundred.
  await expect(grid.getByRole('columnheader')).toHaveCount(7);
  expect(new Set(fetched.filter((id) => id !== 1)).size).toBeLessThanOrEqual(6);

  // Ctrl+End: the last claim, rendered on demand.
  started = Date.now();
  await grid.getByRole('gridcell').first().focus();
  await desk.keyboard.press('Control+End');
  await expect(grid.getByRole('rowheader', { name: /^Claim 1999:/ })).toBeVisible();
  const toEnd = Date.now() - started;

  // Twenty columns.
  await view.getByRole('button', { name: /Columns: 6 of 200 sources/ }).click();
  const panel = view.getByRole('group', { name: 'Columns' });
  started = Date.now();
  for (let id = 7; id <= 20; id++) await panel.getByRole('checkbox', { name: `Report number ${id}`, exact: true }).check();
  await expect(grid.getByRole('columnheader')).toHaveCount(21);
  await panel.getByRole('checkbox', { name: 'Report number 21', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText(/At most 20/);
  await desk.keyboard.press('Escape');
  const twentyColumns = Date.now() - started;

  started = Date.now();
  await view.getByLabel('Only rows with conflicts').check();
  await expect(view.getByRole('status').filter({ hasText: /rows with conflicts/ })).toHaveText(/^\d+ of 2000 rows with conflicts$/);
  const filter = Date.now() - started;

  // Paging down the table, with twenty columns of diffs.
  started = Date.now();
  await grid.getByRole('gridcell').first().focus();
  await desk.keyboard.press('Control+Home');
  for (let i = 0; i < 20; i++) await desk.keyboard.press('PageDown');
  // Ctrl+Home went to the first row header; twenty pages on, the keyboard is still there, far down.
  expect(await desk.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('rowheader');
  expect(await desk.evaluate(() => Number(document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')))).toBeGreaterThan(40);
  const pageDownMs = Math.round((Date.now() - started) / 20);

  const figures = { firstViewMs: firstView, renderedRows, ctrlEndMs: toEnd, twentyColumnsMs: twentyColumns, conflictFilterMs: filter, pageDownMs };
  test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });
  console.log('compare at scale:', figures);
  expect(problems).toEqual([]);
});
