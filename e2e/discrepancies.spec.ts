import { expect, test } from './support/desk';

test('an editor analyses the sample story, opens a flagged name, decides it, and the decision stays after a reload', async ({ desk }) => {
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  await expect(pane.getByText('Not analysed yet')).toBeVisible();
  await pane.getByRole('button', { name: 'Analyse' }).click();

  const names = pane.getByRole('list', { name: 'Discrepancy queue' });
  const item = names.getByRole('button', { name: /Ilse Marten \/ Ilse Martin/ });
  await expect(item).toBeVisible();
  await expect(names.getByRole('heading', { name: /Durations/ })).toBeVisible();
  await expect(desk.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Vellan Bay Bulletin.*open flag/ })).toBeVisible();

  await item.click();
  const readings = pane.getByRole('list', { name: 'Readings' });
  await expect(readings.getByRole('button', { name: /Vellan Bay Bulletin.*Ilse Martin/ })).toBeVisible();
  // An excerpt shows its source in the reader.
  await readings.getByRole('button', { name: /Vellan Bay Bulletin/ }).click();
  await expect(desk.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(/Ferry Aurelia Stuck On Sandbar/);
  // …and marks the excerpt there (a CSS highlight over the reader's text, not markup).
  const marked = () => desk.evaluate(() => [...((CSS.highlights as unknown as Map<string, Set<Range>>).get('excerpt') ?? [])].map((r) => r.toString()));
  await expect.poll(marked).toEqual(['Ilse Martin']);

  await pane.getByLabel('Note').fill('Harbour authority staff list');
  await pane.getByRole('button', { name: 'Use “Ilse Marten”' }).click();
  await expect(names.getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();

  await desk.reload();
  // Decided ones leave the default (open) queue; “All” shows them.
  await desk.getByRole('complementary', { name: 'Discrepancies' }).getByLabel('Status', { exact: true }).selectOption('all');
  await expect(desk.getByRole('complementary', { name: 'Discrepancies' }).getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();
  // Analysing again keeps the decision.
  await desk.getByRole('complementary', { name: 'Discrepancies' }).getByRole('button', { name: 'Analyse again' }).click();
  await expect(desk.getByRole('complementary', { name: 'Discrepancies' }).getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();
});
