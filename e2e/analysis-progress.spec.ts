import { join } from 'node:path';
import { createProjectFile } from '../electron/core/db/open';
import { expect, ROOT, runStartScript, stop, test } from './support/desk';

const SAMPLE = join(ROOT, 'resources', 'sample');

test('imported articles are analysed by themselves, with progress shown, and the discrepancies update after each import', async ({ page, userDataDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'drives the browser host on a new, empty project');
  const project = join(userDataDir, 'auto.copydesk');
  createProjectFile(project, 'Ferry story');
  const started = await runStartScript(userDataDir, [project]);
  try {
    await page.goto(started.url);
    const sources = page.getByRole('complementary', { name: 'Sources' });
    const pane = page.getByRole('complementary', { name: 'Discrepancies' });
    await expect(pane.getByText('Not analysed yet')).toBeVisible();
    const progress = pane.getByRole('progressbar', { name: /^Analysing \d+( of \d+)? sources…$|^Lining up the claims…$|^Comparing the claims…$/ });

    // Three reports that agree on the harbour master's name.
    const importFiles = async (files: string[]) => {
      await sources.getByRole('button', { name: /^Import/ }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Import articles' });
      await dialog.getByLabel('Article files').setInputFiles(files.map((f) => join(SAMPLE, f)));
      await expect(dialog.getByRole('status')).toHaveText(`Done: ${files.length} imported, 0 skipped, 0 refused`);
      await dialog.getByRole('button', { name: 'Close' }).click();
    };
    await importFiles(['01-harbour-ledger.txt', '02-northgate-wire.txt', '03-carrow-evening-post.txt']);
    // The run starts a moment after the last import (debounced) and, being the project's first, also
    // starts the worker thread, so its progress is on screen well after the dialog has closed.
    await expect(progress).toBeVisible();
    await expect(progress).toBeHidden({ timeout: 30_000 });
    await expect(pane.getByText('Not analysed yet')).toBeHidden();
    await expect(pane.getByRole('heading', { name: /Discrepancies \d+ open/ })).toBeVisible();
    await expect(pane.getByRole('button', { name: /Ilse Marten \/ Ilse Martin/ })).toHaveCount(0);

    // A fourth report spells the name differently: the flag appears without pressing Analyse.
    await importFiles(['04-vellan-bay-bulletin.txt']);
    await expect(pane.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button', { name: /Ilse Marten \/ Ilse Martin/ })).toBeVisible({ timeout: 30_000 });
    await expect(progress).toBeHidden();
    await expect(pane.getByText('Sources changed since the last analysis.')).toBeHidden();
    // The button stays for a manual rerun.
    await expect(pane.getByRole('button', { name: 'Analyse again' })).toBeEnabled();
  } finally {
    await stop(started.process);
  }
});
