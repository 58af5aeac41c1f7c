import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    await expect(sources.getByRole('listitem')).toHaveCount(files.length);
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

test('an editor pastes an article and imports one by its link', async ({ page, userDataDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'drives the browser host on a new, empty project');
  const project = join(userDataDir, 'links.copydesk');
  createProjectFile(project, 'Links');
  const article = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<html lang="en"><head><meta property="og:title" content="Library reopens after flood"><meta property="og:site_name" content="Millbrook Weekly">
      <script>document.title = 'pwned'</script></head><body><article><h1>Library reopens after flood</h1>
      <p>The Millbrook library reopened on Saturday, eight months after floodwater ruined its ground floor and 12,000 books.</p>
      <p>Volunteers rebuilt the children's section, the librarian, Ada Penrose, said. <img src=x onerror="document.title='pwned'"></p></article></body></html>`);
  });
  await new Promise<void>((done) => article.listen(0, '127.0.0.1', done));
  // Only tests may let the desk fetch from this machine.
  const started = await runStartScript(userDataDir, [project], { COPYDESK_TEST_ALLOW_PRIVATE_FETCH: '1' });
  try {
    await page.goto(started.url);
    await expect(page.getByRole('complementary', { name: 'Sources' }).getByText('No articles yet')).toBeVisible();
    await page.keyboard.press('Control+i');
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByRole('tab', { name: 'Paste' }).click();
    await dialog.getByLabel(/Article text/).fill('Ferry fares frozen\n\nFares on the island ferry will not rise this year, the operator said on Tuesday.');
    await dialog.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Done: 1 imported, 0 skipped, 0 refused');

    await dialog.getByRole('tab', { name: 'Link' }).click();
    await dialog.getByLabel(/Address of the article/).fill(`http://127.0.0.1:${(article.address() as AddressInfo).port}/news/library`);
    await dialog.getByRole('button', { name: 'Fetch and import' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Done: 1 imported, 0 skipped, 0 refused');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByRole('button', { name: /Ferry fares frozen/ })).toBeVisible();
    await expect(sources.getByRole('button', { name: /Millbrook Weekly.*Library reopens after flood/ })).toBeVisible();
    const reader = page.getByRole('main', { name: 'Reader' });
    await expect(reader.getByText(/ruined its ground floor and 12,000 books/)).toBeVisible();
    await expect(page).not.toHaveTitle('pwned');
  } finally {
    await stop(started.process);
    article.close();
  }
});

test('dropping a file anywhere on the window imports it', async ({ page, userDataDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'drives the browser host on a new, empty project');
  const project = join(userDataDir, 'dropped.copydesk');
  createProjectFile(project, 'Dropped');
  const started = await runStartScript(userDataDir, [project]);
  try {
    await page.goto(started.url);
    await expect(page.getByRole('complementary', { name: 'Sources' }).getByText('No articles yet')).toBeVisible();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Pier closed after storm\n\nThe north pier will stay closed until Friday while engineers inspect the damage, the harbour board said.'], 'pier.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop articles to import them')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await expect(dialog.getByRole('status')).toHaveText('Done: 1 imported, 0 skipped, 0 refused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('Drop articles to import them')).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { name: 'Pier closed after storm' })).toBeVisible();
  } finally {
    await stop(started.process);
  }
});
