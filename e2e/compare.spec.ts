import type { Page } from '@playwright/test';
import { expect, test } from './support/desk';

/** Analyses the sample story (the desk opens it by default) and opens the Compare view; collects console errors. */
async function openCompare(desk: Page) {
  const problems: string[] = [];
  desk.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  desk.on('pageerror', (error) => problems.push(error.message));
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  await pane.getByRole('button', { name: 'Analyse' }).click();
  await expect(pane.getByRole('button', { name: 'Analyse again' })).toBeVisible();
  await desk.getByRole('tab', { name: 'Compare' }).click();
  const view = desk.getByRole('tabpanel', { name: 'Compare' });
  const grid = view.getByRole('grid', { name: 'Claims by source' });
  await expect(grid).toBeVisible();
  return { view, grid, problems };
}

const OUTLETS = ['The Harbour Ledger', 'Northgate Wire Service', 'The Carrow Evening Post', 'Vellan Bay Bulletin'];

test.describe('the Compare view on the sample story', () => {
  // Tall enough that every row of the sample's table is rendered (rows out of view are virtualised away).
  test.use({ viewport: { width: 1440, height: 1600 } });
  test('lines the claims up source by source and marks the respelled name word by word', async ({ desk }) => {
    // Before any analysis the view says what to do.
    await desk.getByRole('tab', { name: 'Compare' }).click();
    await expect(desk.getByRole('tabpanel', { name: 'Compare' }).getByText('Not analysed yet')).toBeVisible();
    await desk.getByRole('tab', { name: 'Reader' }).click();
    const { view, grid, problems } = await openCompare(desk);
    // A column per source, after the reading.
    await expect(grid.getByRole('columnheader')).toHaveText([/^Reading/, ...OUTLETS.map((o) => new RegExp(`^${o}`))]);
    // A row per claim: the count shown is the table's row count.
    const status = await view.getByRole('status').filter({ hasText: /rows/ }).textContent();
    const rows = Number(/^(\d+) rows/.exec(status ?? '')?.[1]);
    expect(rows).toBeGreaterThan(15);
    await expect(grid).toHaveAttribute('aria-rowcount', String(rows + 1));

    // Story order: the grounding comes before the minister's visit.
    const headers = grid.getByRole('rowheader');
    const texts = await headers.allTextContents();
    const grounding = texts.findIndex((t) => /ran aground|lies on the Skellan Bar/.test(t));
    const minister = texts.findIndex((t) => /Darius Feldane visited/.test(t));
    expect(grounding).toBeGreaterThanOrEqual(0);
    expect(minister === -1 || grounding < minister).toBe(true);

    // Only the rows in view are rendered: walk down the first source's column with the keyboard
    // to the harbour master's row, where the Bulletin spells her "Martin" against the reading's "Marten".
    const harbourMaster = desk.getByRole('rowheader', { name: /Ilse Marten praised the crew/ });
    await grid.getByRole('gridcell').first().focus();
    for (let i = 0; i < rows && (await grid.locator(harbourMaster).count()) === 0; i++) await desk.keyboard.press('ArrowDown');
    const row = grid.getByRole('row').filter({ has: harbourMaster });
    await expect(row.getByRole('rowheader')).toContainText('Flagged: Name');
    const bulletin = row.getByRole('gridcell').nth(3);
    await expect(bulletin).toHaveAttribute('title', 'Show this sentence in Vellan Bay Bulletin');
    await expect(bulletin.getByRole('insertion')).toContainText(['Martin']);
    await expect(bulletin.getByRole('deletion').first()).toContainText('Marten');
    await expect(bulletin).toContainText('Name differs');
    // The Ledger's sentence is the reading itself: nothing marked.
    await expect(row.getByRole('gridcell').nth(0).getByRole('insertion')).toHaveCount(0);

    // A source without the claim shows an empty cell, labelled for screen readers.
    await expect(grid.getByRole('gridcell', { name: 'not reported' }).first()).toHaveText('—');
    expect(problems).toEqual([]);
  });

  test('filters to the rows with conflicts, then jumps from a cell to its source', async ({ desk }) => {
    const { view, grid, problems } = await openCompare(desk);
    await view.getByLabel('Only rows with conflicts').check();
    await expect(view.getByRole('status').filter({ hasText: /rows with conflicts/ })).toHaveText(/^\d+ of \d+ rows with conflicts$/);
    const status = (await view.getByRole('status').filter({ hasText: /rows with conflicts/ }).textContent())!;
    const [shown, total] = status.match(/\d+/g)!.map(Number);
    expect(shown).toBeGreaterThanOrEqual(5);
    expect(shown).toBeLessThan(total!);
    await expect(grid).toHaveAttribute('aria-rowcount', String(shown! + 1));
    // Every planted conflict the analysis flags is there.
    // Each planted conflict flags at least one row (a figure stated twice in a story flags both rows).
    for (const tag of ['Name', 'Figure', 'Duration', 'Title', 'Quotation']) await expect(grid.getByRole('rowheader').filter({ hasText: new RegExp(`Flagged: .*\\b${tag}\\b`) }).first()).toBeVisible();
    await expect(grid.getByRole('gridcell').filter({ hasText: 'five hours' })).toBeVisible();

    // A click on a sentence opens it in its source.
    const durationRow = grid.getByRole('row').filter({ has: desk.getByRole('rowheader', { name: /Flagged: Duration/ }) });
    await durationRow.getByRole('gridcell').nth(0).click();
    await expect(desk.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(/Aurelia grounded on Skellan Bar/);

    // Keyboard: into the table, to the row's last source, Enter opens that sentence.
    await desk.getByRole('tab', { name: 'Compare' }).click();
    // Back in Compare, the filter is as the editor left it.
    await expect(desk.getByRole('tabpanel', { name: 'Compare' }).getByLabel('Only rows with conflicts')).toBeChecked();
    const again = desk.getByRole('tabpanel', { name: 'Compare' }).getByRole('grid');
    const first = again.getByRole('gridcell').first();
    await first.focus();
    await desk.keyboard.press('End');
    await expect(again.getByRole('gridcell').nth(3)).toBeFocused();
    await desk.keyboard.press('Enter');
    await expect(desk.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(/Ferry Aurelia Stuck On Sandbar/);
    expect(problems).toEqual([]);
  });

  test('the editor chooses and reorders the columns', async ({ desk }) => {
    const { view, grid, problems } = await openCompare(desk);
    await view.getByRole('button', { name: /Columns: 4 of 4 sources/ }).click();
    const panel = view.getByRole('group', { name: 'Columns' });
    await panel.getByRole('button', { name: 'Move Vellan Bay Bulletin left' }).click();
    await expect(panel.getByRole('button', { name: 'Move Vellan Bay Bulletin left' })).toBeFocused();
    await expect(grid.getByRole('columnheader')).toHaveText([/^Reading/, /^The Harbour Ledger/, /^Northgate Wire Service/, /^Vellan Bay Bulletin/, /^The Carrow Evening Post/]);
    await panel.getByRole('checkbox', { name: 'Northgate Wire Service' }).uncheck();
    await panel.getByRole('checkbox', { name: 'The Harbour Ledger' }).uncheck();
    await expect(grid.getByRole('columnheader')).toHaveText([/^Reading/, /^Vellan Bay Bulletin/, /^The Carrow Evening Post/]);
    // Two sources is the least there is to compare.
    await panel.getByRole('checkbox', { name: 'Vellan Bay Bulletin' }).click();
    await expect(panel.getByRole('status')).toHaveText('Keep at least 2 sources to compare.');
    await expect(panel.getByRole('checkbox', { name: 'Vellan Bay Bulletin' })).toBeChecked();
    await desk.keyboard.press('Escape');
    await expect(view.getByRole('button', { name: /Columns: 2 of 4 sources/ })).toBeFocused();
    // Reading a source and coming back keeps the chosen columns.
    await desk.getByRole('tab', { name: 'Reader' }).click();
    await desk.getByRole('tab', { name: 'Compare' }).click();
    await expect(desk.getByRole('tabpanel', { name: 'Compare' }).getByRole('columnheader')).toHaveText([/^Reading/, /^Vellan Bay Bulletin/, /^The Carrow Evening Post/]);
    expect(problems).toEqual([]);
  });
});
