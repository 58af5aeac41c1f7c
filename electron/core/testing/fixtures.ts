/** Test helpers: a temp folder per test, real project files with every migration applied. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createProjectFile } from '../db/open';

const made: string[] = [];

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-test-'));
  made.push(dir);
  return dir;
}

/** A new, empty project file in a fresh folder. */
export function newProject(title = 'Test story'): string {
  const path = join(tempDir(), 'story.copydesk');
  createProjectFile(path, title);
  return path;
}

export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/** The AppError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
