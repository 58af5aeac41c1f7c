import type { Page } from '@playwright/test';
import { expect, runStartScript, stop, test } from './support/desk';

/** Everything the page says is wrong: console errors and uncaught exceptions. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

const statusOption = (page: Page, label: RegExp) => page.getByRole('group', { name: 'Filter discrepancies' }).getByLabel('Status', { exact: true }).locator('option').filter({ hasText: label });

test('an editor triages by keyboard, undoes and redoes, and finds everything as it was after a reload', async ({ desk }) => {
  const problems = watchProblems(desk);
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  await pane.getByRole('button', { name: 'Analyse' }).click();
  const queue = pane.getByRole('list', { name: 'Discrepancy queue' });
  await expect(queue.getByRole('button').first()).toBeVisible();
  const inspector = pane.getByRole('region', { name: 'Inspector' });

  // j selects the first in the queue; 1 uses its first reading.
  await desk.keyboard.press('j');
  await expect(inspector.getByRole('heading', { level: 3 })).toHaveText(/Ilse Marten \/ Ilse Martin/);
  await desk.keyboard.press('1');
  await expect(queue.getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();
  await expect(inspector.getByRole('button', { name: 'Use “Ilse Marten”' })).toHaveAttribute('aria-pressed', 'true');

  // j moves on; d dismisses.
  await desk.keyboard.press('j');
  const second = (await inspector.getByRole('heading', { level: 3 }).textContent())!;
  expect(second).not.toMatch(/Ilse/);
  await desk.keyboard.press('d');
  await expect(queue.getByRole('button', { name: new RegExp(`Dismissed.*${escape(second)}`) })).toBeVisible();

  // Ctrl+Z puts it back to open, and says so; Shift+Ctrl+Z dismisses it again.
  await desk.keyboard.press('Control+z');
  await expect(queue.getByRole('button', { name: new RegExp(`Open.*${escape(second)}`) })).toBeVisible();
  await expect(desk.getByRole('status').filter({ hasText: /^Undid: dismissed/ })).toBeVisible();
  await expect(desk.getByText('Saved', { exact: true })).toBeVisible();
  await desk.keyboard.press('Control+Shift+z');
  await expect(queue.getByRole('button', { name: new RegExp(`Dismissed.*${escape(second)}`) })).toBeVisible();
  await expect(desk.getByRole('status').filter({ hasText: /^Redid: dismissed/ })).toBeVisible();

  await desk.reload();
  // The same place: the discrepancy last worked on is still selected.
  await expect(desk.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 })).toHaveText(second);
  await expect(statusOption(desk, /^Decided \(1\)$/)).toHaveCount(1);
  await expect(statusOption(desk, /^Dismissed \(1\)$/)).toHaveCount(1);
  const reloaded = desk.getByRole('complementary', { name: 'Discrepancies' });
  await reloaded.getByLabel('Status', { exact: true }).selectOption('all');
  await expect(reloaded.getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();
  await expect(reloaded.getByRole('button', { name: new RegExp(`Dismissed.*${escape(second)}`) })).toBeVisible();
  expect(problems).toEqual([]);
});

test('filters narrow the queue and every option shows its count', async ({ desk }) => {
  const problems = watchProblems(desk);
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  await pane.getByRole('button', { name: 'Analyse' }).click();
  const queue = pane.getByRole('list', { name: 'Discrepancy queue' });
  await expect(queue.getByRole('button').first()).toBeVisible();
  const openAll = await statusOption(desk, /^Open/).textContent();
  const allItems = await queue.getByRole('button').count();

  await pane.getByLabel('Kind', { exact: true }).selectOption({ label: 'Names (1)' });
  await expect(queue.getByRole('button')).toHaveCount(1);
  await expect(statusOption(desk, /^Open/)).not.toHaveText(openAll!);
  await expect(statusOption(desk, /^Open/)).toHaveText('Open (1)');

  await pane.getByLabel('Kind', { exact: true }).selectOption('all');
  const bulletin = pane.getByLabel('Source', { exact: true }).locator('option', { hasText: 'Vellan Bay Bulletin' });
  const bulletinCount = Number(/\((\d+)\)/.exec((await bulletin.textContent())!)![1]);
  await pane.getByLabel('Source', { exact: true }).selectOption({ label: (await bulletin.textContent())! });
  await expect(queue.getByRole('button')).toHaveCount(bulletinCount);
  expect(bulletinCount).toBeLessThan(allItems);
  expect(problems).toEqual([]);
});

test('? shows the sheet; / searches every source with next and previous, highlighting in the reader', async ({ desk }) => {
  const problems = watchProblems(desk);
  await expect(desk.getByRole('complementary', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
  await desk.keyboard.press('?');
  const sheet = desk.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Next \/ previous discrepancy/ })).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Undo the last decision/ })).toBeVisible();
  await desk.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await desk.keyboard.press('/');
  const field = desk.getByRole('searchbox', { name: 'Search all sources' });
  await expect(field).toBeFocused();
  await field.fill('lifeboat');
  const count = desk.getByRole('search').getByRole('status');
  await expect(count).toHaveText(/^1 of (\d+)/);
  const total = Number(/of (\d+)/.exec((await count.textContent())!)![1]);
  expect(total).toBeGreaterThan(2);
  await field.press('Enter');
  await expect(count).toHaveText(new RegExp(`^2 of ${total}`));
  await field.press('Shift+Enter');
  await expect(count).toHaveText(new RegExp(`^1 of ${total}`));
  await field.press('Shift+Enter');
  await expect(count).toHaveText(new RegExp(`^${total} of ${total}`));
  // The hits are painted in the reader without changing its text.
  const painted = () =>
    desk.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
      return { all: registry.get('search')?.size ?? 0, active: registry.get('search-active')?.size ?? 0 };
    });
  await expect.poll(async () => (await painted()).active).toBe(1);
  expect((await painted()).all).toBeGreaterThan(0);
  await expect(desk.getByRole('main', { name: 'Reader' }).locator('mark')).toHaveCount(0);
  await field.press('Escape');
  await expect(field).toBeHidden();
  expect(problems).toEqual([]);
});

test('view tabs switch with the mouse and the keyboard', async ({ desk }) => {
  const tabs = desk.getByRole('tablist', { name: 'Views' });
  await expect(tabs.getByRole('tab', { name: 'Reader' })).toHaveAttribute('aria-selected', 'true');
  await tabs.getByRole('tab', { name: 'Compare' }).click();
  await expect(desk.getByRole('tabpanel', { name: 'Compare' }).getByText('Not analysed yet')).toBeVisible();
  await desk.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Brief' })).toBeFocused();
  await expect(desk.getByRole('tabpanel', { name: 'Brief' }).getByRole('heading', { name: 'No brief yet' })).toBeVisible();
  await desk.keyboard.press('Alt+1');
  await expect(desk.getByRole('main', { name: 'Reader' })).toBeVisible();
});

test('a pane width set by keyboard survives a reload and a new launch', async ({ desk, started, userDataDir }, testInfo) => {
  const separator = desk.getByRole('separator', { name: 'Resize the Sources pane' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  const saved = desk.waitForResponse((r) => r.url().endsWith('/api/prefs.set'));
  for (let i = 0; i < 4; i += 1) await desk.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 64));
  await saved;
  const width = async () => (await desk.getByRole('complementary', { name: 'Sources' }).boundingBox())!.width;
  expect(Math.round(await width())).toBe(before + 64);

  await desk.reload();
  await expect(desk.getByRole('separator', { name: 'Resize the Sources pane' })).toHaveAttribute('aria-valuenow', String(before + 64));

  // Double-click puts the default back.
  const reset = desk.waitForResponse((r) => r.url().endsWith('/api/prefs.set'));
  await desk.getByRole('separator', { name: 'Resize the Discrepancies pane' }).focus();
  await desk.keyboard.press('ArrowLeft');
  await reset;

  if (testInfo.project.name !== 'web') return;
  // A new launch serves on another port (another origin, so localStorage would be empty).
  await stop(started!.process);
  const again = await runStartScript(userDataDir);
  try {
    expect(new URL(again.url).port).not.toBe(new URL(started!.url).port);
    await desk.goto(again.url);
    await expect(desk.getByRole('separator', { name: 'Resize the Sources pane' })).toHaveAttribute('aria-valuenow', String(before + 64));
    const discrepancies = desk.getByRole('separator', { name: 'Resize the Discrepancies pane' });
    await expect(discrepancies).not.toHaveAttribute('aria-valuenow', '390');
    await discrepancies.dblclick();
    await expect(discrepancies).toHaveAttribute('aria-valuenow', '390');
  } finally {
    await stop(again.process);
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
