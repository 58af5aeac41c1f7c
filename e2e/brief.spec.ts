import { expect, test } from './support/desk';

test('an editor compiles the brief, writes in it, and finds every word after a reload and a recompile', async ({ desk }) => {
  const errors: string[] = [];
  desk.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  desk.on('pageerror', (e) => errors.push(String(e)));

  await desk.getByRole('tab', { name: 'Brief' }).click();
  const brief = desk.getByRole('region', { name: 'Brief' });
  await expect(brief.getByRole('heading', { name: 'No brief yet' })).toBeVisible();
  await brief.getByRole('button', { name: 'Compile brief' }).click();

  const text = brief.getByRole('textbox', { name: 'Brief text' });
  await expect(text.getByRole('heading', { level: 1 })).toHaveText('Ferry aground at Port Vellan');
  await expect(text.getByRole('heading', { name: 'Single-source claims' })).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  // Compiling analysed the story: the discrepancies pane shows the flags without another click.
  await expect(desk.getByRole('complementary', { name: 'Discrepancies' }).getByRole('region', { name: 'Names' })).toBeVisible();
  // The radar fault is one outlet's claim: listed apart, not in the body.
  await expect(text.getByRole('listitem').filter({ hasText: /radar had been reported/ })).toHaveCount(1);

  // Hovering a citation shows what it cites.
  await text.locator('[data-citation]').first().hover();
  const popover = desk.getByRole('dialog', { name: 'Cited excerpts' });
  await expect(popover.getByRole('button', { name: 'The Harbour Ledger' })).toBeVisible();

  // The editor writes a paragraph of their own after the standfirst.
  await text.getByText(/^Compiled from 4 reports/).click();
  await desk.keyboard.press('End');
  await desk.keyboard.press('Enter');
  await desk.keyboard.type('Our own reporter confirmed the count at the quay.');
  await expect(brief.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await desk.reload();
  await desk.getByRole('tab', { name: 'Brief' }).click();
  await expect(desk.getByRole('textbox', { name: 'Brief text' })).toContainText('Our own reporter confirmed the count at the quay.');

  await desk.getByRole('region', { name: 'Brief' }).getByRole('button', { name: 'Recompile' }).click();
  await expect(desk.getByRole('region', { name: 'Brief' }).getByText(/Kept 1 of your edits/)).toBeVisible();
  await expect(desk.getByRole('textbox', { name: 'Brief text' })).toContainText('Our own reporter confirmed the count at the quay.');

  // Revisions: the compile, the edit, the recompile; an earlier one can be viewed.
  await desk.getByRole('button', { name: 'Revisions' }).click();
  const revisions = desk.getByRole('complementary', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem')).toHaveCount(3);
  await revisions.getByRole('listitem').nth(2).getByRole('button', { name: 'View' }).click();
  await expect(desk.getByText('Viewing an earlier revision (read-only).')).toBeVisible();
  await expect(desk.getByRole('textbox', { name: 'Brief text' })).not.toContainText('Our own reporter');
  expect(errors).toEqual([]);
});
