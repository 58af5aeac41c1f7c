import { expect, test } from './support/desk';

test('an editor annotates a selected sentence, sees it highlighted and listed after a reload, and a discrepancy highlight opens its discrepancy', async ({ desk }) => {
  const problems: string[] = [];
  desk.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  desk.on('pageerror', (error) => problems.push(error.message));

  const discrepancies = desk.getByRole('complementary', { name: 'Discrepancies' });
  await discrepancies.getByRole('button', { name: 'Analyse' }).click();
  await expect(discrepancies.getByRole('list', { name: 'Discrepancy queue' })).toBeVisible();
  await desk.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Vellan Bay Bulletin/ }).click();
  const reader = desk.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(/Ferry Aurelia Stuck On Sandbar/);

  // The analysis' excerpts are highlighted by kind, with a legend; hovering one shows its readings.
  await expect(reader.getByRole('list', { name: 'Highlight legend' }).getByText('Duration')).toBeVisible();
  const fiveHours = reader.getByLabel('Article text').getByRole('button', { name: 'five hours' });
  await fiveHours.hover();
  const tooltip = desk.getByRole('tooltip');
  await expect(tooltip).toContainText('Duration');
  await expect(tooltip).toContainText('Vellan Bay Bulletin');
  await expect(fiveHours).toHaveAccessibleDescription(/Duration/);

  // Select a sentence as a person would (triple-click selects its paragraph) and press A.
  const sentence = 'It happened around 7.15pm when the ferry, which was coming in from Skerrin Island on the 6.40pm sailing, got pushed onto the bar by Storm Hedda winds which were gusting up to 90 km/h.';
  await reader.getByText(sentence).click({ clickCount: 3 });
  await expect(reader.getByRole('button', { name: 'Annotate' })).toBeVisible();
  await desk.keyboard.press('a');
  const dialog = desk.getByRole('dialog', { name: 'Annotate' });
  await expect(dialog.getByText(sentence)).toBeVisible();
  await dialog.getByRole('radio', { name: 'Error' }).check();
  await dialog.getByLabel('Comment').fill('The other outlets put it at 7:15 p.m. on Tuesday');
  await dialog.getByRole('button', { name: 'Save annotation' }).click();
  await expect(dialog).toBeHidden();

  const list = reader.getByRole('list', { name: 'Annotations on this source' });
  await expect(list.getByText('The other outlets put it at 7:15 p.m. on Tuesday')).toBeVisible();
  await expect(list.getByText(/It happened around 7\.15pm/)).toBeVisible();
  const highlighted = reader.getByLabel('Article text').locator('[data-annotations]');
  await expect(highlighted).toHaveText(sentence);

  await desk.reload();
  await desk.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Vellan Bay Bulletin/ }).click();
  await expect(reader.getByRole('list', { name: 'Annotations on this source' }).getByText('The other outlets put it at 7:15 p.m. on Tuesday')).toBeVisible();
  await expect(reader.getByLabel('Article text').locator('[data-annotations]')).toHaveText(sentence);

  // Clicking a discrepancy highlight opens that discrepancy in the Discrepancies pane, with focus.
  await reader.getByLabel('Article text').getByRole('button', { name: 'five hours' }).click();
  const duration = discrepancies.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button', { name: /^Open Duration: 35 min/ });
  await expect(duration).toHaveAttribute('aria-current', 'true');
  await expect(discrepancies.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 })).toHaveText(/^Duration: 35 min/);

  // Edit, then delete and undo.
  await reader.getByRole('button', { name: 'Edit annotation' }).click();
  const edit = desk.getByRole('dialog', { name: 'Edit annotation' });
  await edit.getByRole('radio', { name: 'Note' }).check();
  await edit.getByRole('button', { name: 'Save annotation' }).click();
  await expect(reader.getByRole('listitem', { name: /^Note: It happened/ })).toBeVisible();
  await reader.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(reader.getByText(/None yet/)).toBeVisible();
  await reader.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.getByRole('listitem', { name: /^Note: It happened/ })).toBeVisible();
  // The desk's one history: Shift+Ctrl+Z deletes it again, Ctrl+Z brings it back.
  await desk.locator('body').click({ position: { x: 5, y: 5 } });
  await desk.keyboard.press('Shift+Control+Z');
  await expect(reader.getByText(/None yet/)).toBeVisible();
  await expect(desk.getByRole('status').filter({ hasText: /^Redid: deleted the annotation/ })).toBeVisible();
  await desk.keyboard.press('Control+Z');
  await expect(reader.getByRole('listitem', { name: /^Note: It happened/ })).toBeVisible();

  // A passage the analysis missed becomes a discrepancy of its own, listed and decidable like the others.
  await reader.getByText(/Captain Jorund Haak/).click({ clickCount: 3 });
  await desk.keyboard.press('a');
  const make = desk.getByRole('dialog', { name: 'Annotate' });
  await make.getByLabel('Comment').fill('Only the Bulletin names the captain');
  await make.getByRole('combobox', { name: 'Discrepancy' }).selectOption({ label: 'New discrepancy from this passage…' });
  await make.getByRole('combobox', { name: 'Kind of discrepancy' }).selectOption({ label: 'Single-source claim' });
  await make.getByRole('button', { name: 'Save annotation' }).click();
  await expect(make).toBeHidden();
  // In the queue under its kind (filtered to that kind: the queue renders only the rows in view).
  const kindFilter = discrepancies.getByLabel('Kind', { exact: true });
  const singleSource = (await kindFilter.locator('option').filter({ hasText: /^Single-source/ }).textContent())!;
  await kindFilter.selectOption({ label: singleSource });
  await expect(discrepancies.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button', { name: /Only the Bulletin names the captain/ })).toBeVisible();
  await expect(reader.getByText(/Linked to: Single-source claim: Only the Bulletin names the captain/)).toBeVisible();

  expect(problems).toEqual([]);
});
