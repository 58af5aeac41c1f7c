import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newProject, tempDir } from '../core/testing/fixtures';
import { copydesk } from './testing/runCli';

describe('copydesk backup, backups and restore', () => {
  beforeAll(() => {
    process.env.COPYDESK_USER_DATA = tempDir();
  });

  it('backs up to a file or the backup folder, lists backups, and restores one keeping the replaced file', () => {
    const project = newProject('Backed up');
    const file = join(tempDir(), 'copy.copydesk');
    const toFile = copydesk('backup', project, file);
    expect(toFile).toMatchObject({ code: 0 });
    expect(toFile.stdout).toContain(`Backed up to ${file}`);
    expect(copydesk('check', file).code).toBe(0);
    expect(copydesk('backup', project, file)).toMatchObject({ code: 2, stderr: expect.stringMatching(/already exists; Copydesk never overwrites/) });

    expect(copydesk('backup', project).code).toBe(0);
    const listed = JSON.parse(copydesk('backups', project, '--json').stdout) as { backups: Array<{ reason: string; ok: boolean; path: string }> };
    expect(listed.backups).toEqual([expect.objectContaining({ reason: 'manual', ok: true })]);

    const restored = copydesk('restore', file, project);
    expect(restored.code).toBe(0);
    const aside = /kept as (\S+)\./.exec(restored.stdout)?.[1];
    expect(aside && existsSync(aside)).toBe(true);
    expect(copydesk('info', project, '--json').stdout).toContain('"title": "Backed up"');
    expect(copydesk('restore', join(tempDir(), 'missing.copydesk'), project)).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no backup/) });
  }, 120_000);
});
