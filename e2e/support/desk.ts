/**
 * The `desk` fixture: the Copydesk window, however it is hosted.
 *  - web: runs `npm start`'s script (scripts/start.ts, already built) with the browser host forced
 *    on and a fresh user-data folder, and opens the printed address in Chromium;
 *  - electron: launches the desktop app, or skips with the reason where Electron's binary is missing.
 */
import { test as base, _electron, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../scripts/electronBinary';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface StartedHost {
  url: string;
  /** Everything the start script printed on stdout so far. */
  output: string;
  process: ChildProcess;
}

export async function runStartScript(userDataDir: string, extraArgs: string[] = [], extraEnv: Record<string, string> = {}): Promise<StartedHost> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'start.ts'), '--no-build', '--no-open', ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, COPYDESK_USER_DATA: userDataDir, COPYDESK_NO_OPEN: '1', COPYDESK_LOG: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address in 20 s:\n${output}\n${errors}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}\n${errors}`)));
  });
  return { url, output, process: child };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGINT');
  await exited;
}

interface DeskFixtures {
  userDataDir: string;
  started: StartedHost | null;
  desk: Page;
}

export const test = base.extend<DeskFixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  started: async ({ userDataDir }, use, testInfo) => {
    if (testInfo.project.name !== 'web') {
      await use(null);
      return;
    }
    const started = await runStartScript(userDataDir);
    await use(started);
    await stop(started.process);
  },
  desk: async ({ page, started, userDataDir }, use, testInfo) => {
    if (testInfo.project.name === 'web') {
      await page.goto(started!.url);
      await use(page);
      return;
    }
    const electron = findElectronBinary();
    testInfo.skip(!electron.ok, `Electron's binary is not available here: ${electron.ok ? '' : electron.reason}`);
    if (!electron.ok) return;
    const app = await _electron.launch({ executablePath: electron.path, args: [ROOT], env: { ...process.env, COPYDESK_USER_DATA: userDataDir } });
    const window = await app.firstWindow();
    await use(window);
    await app.close();
  },
});

export { expect } from '@playwright/test';
