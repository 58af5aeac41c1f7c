import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  await expect(desk.getByRole('complementary', { name: 'Discrepancies' }).getByRole('list', { name: 'Discrepancy queue' })).toBeVisible();
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

test('the brief exports to Markdown and PDF as downloads, with the decided name and its correction', async ({ desk }) => {
  const errors: string[] = [];
  desk.on('pageerror', (e) => errors.push(String(e)));
  // Decide the harbour master's name as the misspelling, so the export must apply the decision, not the majority.
  const pane = desk.getByRole('complementary', { name: 'Discrepancies' });
  await pane.getByRole('button', { name: 'Analyse' }).click();
  await pane.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button', { name: /Ilse Marten \/ Ilse Martin/ }).click();
  await pane.getByLabel('Note').fill('Checked with the harbour office');
  await pane.getByRole('button', { name: 'Use “Ilse Martin”' }).click();
  await expect(pane.getByRole('list', { name: 'Discrepancy queue' }).getByRole('button', { name: /Decided.*Ilse Marten \/ Ilse Martin/ })).toBeVisible();

  await desk.getByRole('tab', { name: 'Brief' }).click();
  const brief = desk.getByRole('region', { name: 'Brief' });
  const markdownDownload = desk.waitForEvent('download');
  await brief.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await markdownDownload;
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const text = readFileSync((await markdown.path())!, 'utf8');
  expect(text).toMatch(/^# Ferry aground at Port Vellan/m);
  expect(text).toMatch(/^## Corrections/m);
  expect(text).toMatch(/\| .*Ilse Marten.*\|\s*Ilse Martin\s*\|\s*Checked with the harbour office/);
  expect(text).toMatch(/\[\^1\]:/);
  await expect(brief.getByRole('status').filter({ hasText: /^Downloaded .*\.md/ })).toBeVisible();

  const pdfDownload = desk.waitForEvent('download');
  await brief.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await pdfDownload;
  const path = (await pdf.path())!;
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Ferry aground at Port Vellan');
  expect(pdfText).toContain('Ilse Martin');
  expect(pdfText).toMatch(/Page 1 of \d+/);
  expect(errors).toEqual([]);
});
