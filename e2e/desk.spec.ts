import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, ROOT, test } from './support/desk';

const story = JSON.parse(readFileSync(join(ROOT, 'resources', 'sample', 'story.json'), 'utf8')) as {
  title: string;
  articles: Array<{ outlet: string; title: string }>;
};

test.describe('the desk on the bundled sample project', () => {
  test('npm start opens the sample story and lists its sources', async ({ desk, started }, testInfo) => {
    if (testInfo.project.name === 'web') {
      // Without Electron's binary, npm start says so in one line and serves the browser host.
      expect(started!.output.split('\n')[0]).toMatch(/^Electron is not available here \(.+\); serving the desk in your browser instead\.$/);
    }
    await expect(desk.getByRole('heading', { level: 1 })).toContainText(story.title);
    const sources = desk.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByRole('listitem')).toHaveCount(story.articles.length);
    for (const article of story.articles) {
      await expect(sources.getByRole('button', { name: new RegExp(article.outlet) })).toBeVisible();
    }
    await expect(desk.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2 })).toHaveText(story.articles[0]!.title);
    await expect(desk).toHaveTitle(`${story.title} — Copydesk`);
  });

  test('choosing a source, by mouse or arrow keys, shows it in the reader', async ({ desk }) => {
    const sources = desk.getByRole('complementary', { name: 'Sources' });
    const reader = desk.getByRole('main', { name: 'Reader' });
    const third = story.articles[2]!;
    await sources.getByRole('button', { name: new RegExp(third.outlet) }).click();
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(third.title);
    await expect(sources.getByRole('button', { name: new RegExp(third.outlet) })).toHaveAttribute('aria-current', 'true');
    await desk.keyboard.press('ArrowDown');
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(story.articles[3]!.title);
    await desk.keyboard.press('Home');
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(story.articles[0]!.title);
  });

  test('renaming the project is saved to the file', async ({ desk }) => {
    await desk.getByRole('button', { name: /Rename/ }).click();
    const field = desk.getByRole('textbox', { name: 'Project title' });
    await field.fill('Port Vellan ferry: desk copy');
    await field.press('Enter');
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Port Vellan ferry: desk copy');
    await desk.reload();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Port Vellan ferry: desk copy');
    // Escape abandons an edit.
    await desk.getByRole('button', { name: /Rename/ }).click();
    await desk.getByRole('textbox', { name: 'Project title' }).fill('Never saved');
    await desk.keyboard.press('Escape');
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Port Vellan ferry: desk copy');
  });

  test('? shows the keyboard shortcuts, and Escape closes them', async ({ desk }) => {
    await expect(desk.getByRole('complementary', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await desk.keyboard.press('?');
    const sheet = desk.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet.getByRole('row', { name: /Import articles/ })).toBeVisible();
    await desk.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('light and dark themes follow the system', async ({ desk }) => {
    const background = () => desk.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await desk.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await desk.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(light)).toBeGreaterThan(200);
    expect(luminance(dark)).toBeLessThan(60);
  });
});

test.describe('the browser host', () => {
  test('a page without the launch token gets no desk', async ({ desk, started }, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'the launch token belongs to the browser host');
    const origin = new URL(started!.url).origin;
    const other = await desk.context().browser()!.newContext();
    const stranger = await other.newPage();
    const response = await stranger.goto(`${origin}/`);
    expect(response!.status()).toBe(403);
    await expect(stranger.getByText(/needs its launch token/)).toBeVisible();
    const api = await stranger.request.post(`${origin}/api/sources.list`, { data: {} });
    expect(api.status()).toBe(403);
    await other.close();
  });

  test('a hostile page on another port of this machine cannot change the project', async ({ desk, started }, testInfo) => {
    test.skip(testInfo.project.name !== 'web', 'the browser host only');
    const origin = new URL(started!.url).origin;
    // Same site as the desk (127.0.0.1), different origin: the attack SameSite cookies do not stop.
    const hostile = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<script>
        const body = JSON.stringify({ title: 'Hacked' });
        fetch('${origin}/api/project.rename', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body })
          .finally(() => { document.title = 'done'; });
      </script>`);
    });
    await new Promise<void>((done) => hostile.listen(0, '127.0.0.1', done));
    const attacker = await desk.context().newPage();
    await attacker.goto(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`);
    await expect(attacker).toHaveTitle('done');
    await attacker.close();
    hostile.close();
    await desk.reload();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText(story.title);
  });
});
