import { spawn } from 'node:child_process';

/** Opens `url` in the system browser when there is a desktop to open it on. Returns whether it tried. */
export function openBrowser(url: string): boolean {
  if (process.env.CI || process.env.COPYDESK_NO_OPEN) return false;
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
