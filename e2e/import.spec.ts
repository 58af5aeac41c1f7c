import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectFile } from '../electron/core/db/open';
import { expect, ROOT, runStartScript, stop, test } from './support/desk';

const SAMPLE = join(ROOT, 'resources', 'sample');
const files = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(SAMPLE, f));

test('an editor imports articles, sees removed junk, restores a block, and the restore survives a reload', async ({ page, userDataDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'drives the browser host on a new, empty project');
  const project = join(userDataDir, 'empty.copydesk');
  createProjectFile(project, 'Fresh story');
  const started = await runStartScript(userDataDir, [project]);
  try {
    await page.goto(started.url);
    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByText('No articles yet')).toBeVisible();

    await sources.getByRole('button', { name: 'Import articles…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByLabel('Article files').setInputFiles(files);
    await expect(dialog.getByRole('status')).toHaveText(`Done: ${files.length} imported, 0 skipped, 0 refused`);
    await expect(dialog.getByRole('listitem')).toHaveCount(files.length);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Listed with their metadata, read from the files themselves.
    await expect(sources.getByRole('button')).toHaveCount(files.length + 1);
    await sources.getByRole('button', { name: /Aurelia grounded on Skellan Bar/ }).click();
    const reader = page.getByRole('main', { name: 'Reader' });
    await expect(reader.getByText(/By Wenna Trelask/)).toBeVisible();
    await expect(reader.getByText('Back to top')).toHaveCount(0);

    // Show what cleaning removed, and restore one block.
    await reader.getByLabel(/Show removed text/).check();
    const removed = reader.getByRole('list', { name: 'Text with removed blocks' });
    await expect(removed.getByText('Removed: navigation')).toBeVisible();
    await removed.getByRole('button', { name: 'Restore “Back to top”' }).click();
    await expect(removed.getByRole('button', { name: 'Remove “Back to top”' })).toBeVisible();

    await page.reload();
    await sources.getByRole('button', { name: /Aurelia grounded on Skellan Bar/ }).click();
    await expect(reader.getByText('Back to top')).toBeVisible();
    await reader.getByLabel(/Show removed text/).check();
    await expect(reader.getByRole('button', { name: 'Remove “Back to top”' })).toBeVisible();

    // The same file again is skipped, with a message naming the article already there.
    await sources.getByRole('button', { name: 'Import…' }).click();
    await dialog.getByLabel('Article files').setInputFiles(files[1]!);
    await expect(dialog.getByText(/already in the project as/)).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText('Done: 0 imported, 1 skipped, 0 refused');
  } finally {
    await stop(started.process);
  }
});
