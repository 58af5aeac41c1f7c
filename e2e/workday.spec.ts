import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectFile } from '../electron/core/db/open';
import { expect, ROOT, runStartScript, stop, test } from './support/desk';

const SAMPLE = join(ROOT, 'resources', 'sample');
const files = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(SAMPLE, f));

test('an editor imports the sample story through the desk, decides two discrepancies by keyboard, annotates a passage, and after a reload all of it is there', async ({ page, userDataDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'drives the browser host on a new, empty project');
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  const project = join(userDataDir, 'story.copydesk');
  createProjectFile(project, 'Ferry aground');
  const started = await runStartScript(userDataDir, [project]);
  try {
    await page.goto(started.url);
    await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: 'Import articles…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByLabel('Article files').setInputFiles(files);
    await expect(dialog.getByRole('status')).toHaveText(`Done: ${files.length} imported, 0 skipped, 0 refused`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The analysis runs by itself after the import; the flags appear.
    const pane = page.getByRole('complementary', { name: 'Discrepancies' });
    const queue = pane.getByRole('list', { name: 'Discrepancy queue' });
    await expect(queue.getByRole('button', { name: /Ilse Marten \/ Ilse Martin/ })).toBeVisible({ timeout: 30_000 });
    const inspector = pane.getByRole('region', { name: 'Inspector' });

    // Two decisions by keyboard: j, 1 (use the first reading); j, d (dismiss).
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    const first = (await inspector.getByRole('heading', { level: 3 }).textContent())!;
    await page.keyboard.press('1');
    await expect(queue.getByRole('button', { name: /^Decided/ })).toHaveCount(1);
    await page.keyboard.press('j');
    const second = (await inspector.getByRole('heading', { level: 3 }).textContent())!;
    expect(second).not.toBe(first);
    await page.keyboard.press('d');
    await expect(queue.getByRole('button', { name: /^Dismissed/ })).toHaveCount(1);

    // Annotate a passage: select it, press a.
    const reader = page.getByRole('main', { name: 'Reader' });
    await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Aurelia grounded on Skellan Bar/ }).click();
    const sentence = reader.getByText(/^Everyone on board was taken off/);
    await sentence.click({ clickCount: 3 });
    await page.keyboard.press('a');
    const annotate = page.getByRole('dialog', { name: 'Annotate' });
    await annotate.getByRole('radio', { name: 'Verified' }).check();
    await annotate.getByLabel('Comment').fill('Confirmed with the lifeboat station');
    await annotate.getByRole('button', { name: 'Save annotation' }).click();
    await expect(annotate).toBeHidden();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Discrepancies' }).getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 })).toHaveText(second);
    const status = page.getByRole('complementary', { name: 'Discrepancies' }).getByLabel('Status', { exact: true });
    const all = (await status.locator('option').filter({ hasText: /^All/ }).textContent())!;
    await status.selectOption({ label: all });
    const again = page.getByRole('complementary', { name: 'Discrepancies' }).getByRole('list', { name: 'Discrepancy queue' });
    await expect(again.getByRole('button', { name: /^Decided/ })).toHaveCount(1);
    await expect(again.getByRole('button', { name: /^Dismissed/ })).toHaveCount(1);
    await page.getByRole('complementary', { name: 'Sources' }).getByRole('button', { name: /Aurelia grounded on Skellan Bar/ }).click();
    await expect(page.getByRole('main', { name: 'Reader' }).getByRole('list', { name: 'Annotations on this source' }).getByText('Confirmed with the lifeboat station')).toBeVisible();

    // The shortcut sheet opens with ?.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/i })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await stop(started.process);
  }
});
