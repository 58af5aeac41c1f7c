import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/domain/annotation';
import { REPO_ROOT, tempDir } from '../core/testing/fixtures';
import { copydesk } from './testing/runCli';

const SAMPLE = join(REPO_ROOT, 'resources', 'sample');

describe('copydesk annotate / annotations', () => {
  it('annotates an exact quote, refuses a missing or ambiguous one, and lists each annotation with its note', () => {
    const project = join(tempDir(), 'ferry.copydesk');
    copydesk('new', project);
    expect(copydesk('import', project, join(SAMPLE, '02-northgate-wire.txt')).code).toBe(0);
    expect(copydesk('annotations', project).stdout).toMatch(/No annotations yet/);

    const made = copydesk('annotate', project, '--source', '1', '--quote', '35-minute evacuation', '--note', 'Matches the Ledger', '--kind', 'verified');
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^\d+\n$/);
    const id = Number(made.stdout);

    const missing = copydesk('annotate', project, '--source', '1', '--quote', 'five hours', '--note', 'x');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^copydesk: “five hours” is not in the cleaned text of source 1/);
    const ambiguous = copydesk('annotate', project, '--source', '1', '--quote', 'Marten', '--note', 'x');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/occurs \d+ times in source 1; add --occurrence/);
    const second = copydesk('annotate', project, '--source', '1', '--quote', 'Marten', '--note', 'Surname alone', '--occurrence', '2');
    expect(second.code, second.stderr).toBe(0);
    expect(copydesk('annotate', project, '--source', '1', '--quote', 'ferry', '--note', 'x', '--kind', 'praise').code).toBe(2);

    const listed = copydesk('annotations', project);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+verified\\s+source 1 \\d+–\\d+  “35-minute evacuation” — Matches the Ledger$`, 'm'));
    expect(listed.stdout).toMatch(/“Marten” — Surname alone/);
    const json = JSON.parse(copydesk('annotations', project, '--json').stdout) as Annotation[];
    expect(json.map((a) => [a.anchor.quote, a.comment, a.state]).sort()).toEqual([
      ['35-minute evacuation', 'Matches the Ledger', 'anchored'],
      ['Marten', 'Surname alone', 'anchored'],
    ]);
    expect(copydesk('annotate', '--help').stdout).toMatch(/--occurrence <n>/);
  }, 120_000);
});
