/** Test helper: runs the real `copydesk` command (through tsx) and captures what it printed. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../core/testing/fixtures';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
export const CLI = join(REPO_ROOT, 'electron', 'cli', 'index.ts');
export const TSX_BIN = TSX;

export function copydesk(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, COPYDESK_LOG: 'warn' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
