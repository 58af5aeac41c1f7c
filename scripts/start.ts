/**
 * `npm start`: build, then open the desk on the user's copy of the bundled sample project (or on a
 * project given as an argument). Electron when its binary is present; otherwise one line says why,
 * and the same desk is served by the browser host.
 *   --no-build   use the existing out/ (the e2e test builds once)
 *   --no-open    print the URL instead of opening a browser
 *   --fresh      rebuild the sample project from the bundled story
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultResourcesDir, defaultUserDataDir } from '../electron/core/paths';
import { ensureSampleProject } from '../electron/core/sample/sampleProject';
import { runServe } from '../electron/cli/commands/serve';
import { reportError } from '../electron/cli/output';
import { findElectronBinary } from './electronBinary';
import { ensureElectronSqlite } from './electronNative';
import { openBrowser } from './openBrowser';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const projectArg = args.find((a) => !a.startsWith('--'));

async function main(): Promise<void> {
  if (!flag('--no-build')) {
    const build = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed (see above)');
  }

  const electron = findElectronBinary();
  if (electron.ok) {
    await ensureElectronSqlite();
    const child = spawn(electron.path, [root, ...(projectArg ? [resolve(projectArg)] : [])], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  console.log(`Electron is not available here (${electron.reason}); serving the desk in your browser instead.`);
  const project = projectArg
    ? resolve(projectArg)
    : await ensureSampleProject({ resourcesDir: defaultResourcesDir(), userDataDir: defaultUserDataDir(), fresh: flag('--fresh') });
  await runServe(project, { port: process.env.COPYDESK_PORT ?? '0' }, (url, title) => {
    const opened = !flag('--no-open') && openBrowser(url);
    return `Copydesk is serving “${title}” at ${url}${opened ? ' (opened in your browser)' : ' (open it in your browser)'}\n`;
  });
}

main().catch((error: unknown) => {
  process.exitCode = reportError(error, args.includes('--debug'));
});
