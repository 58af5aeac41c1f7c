/**
 * The bundled sample story (resources/sample): four fictional outlets' reports of one event, with
 * planted discrepancies and scraper junk. The desk opens a project built from it in the user-data
 * folder, so the bundled originals stay pristine and the editor's work on the sample is kept
 * between launches.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { createProjectFile, type OpenOptions } from '../db/open';
import { ProjectSession } from '../project/projectSession';

const storySchema = z.object({
  title: z.string().min(1),
  description: z.string().optional(),
  articles: z
    .array(
      z.object({
        file: z.string().regex(/^[\w.-]+\.txt$/),
        title: z.string().min(1),
        outlet: z.string().nullable(),
        author: z.string().nullable(),
        publishedAt: z.string().nullable(),
        url: z.string().nullable(),
        language: z.string().nullable(),
      }),
    )
    .min(1),
});

export type SampleStory = z.infer<typeof storySchema>;

export const SAMPLE_FILE_NAME = 'Sample story.copydesk';

export function readSampleStory(resourcesDir: string): SampleStory {
  const manifest = join(resourcesDir, 'sample', 'story.json');
  if (!existsSync(manifest)) throw new AppError('NOT_FOUND', `The bundled sample story is missing (${manifest}). Reinstall Copydesk.`);
  return storySchema.parse(JSON.parse(readFileSync(manifest, 'utf8')));
}

export interface SampleOptions extends Pick<OpenOptions, 'nativeBinding'> {
  resourcesDir: string;
  userDataDir: string;
  /** Throw away the user's copy and build it again from the bundled story. */
  fresh?: boolean;
}

/** Returns the path of the user's copy of the sample project, building it first if needed. */
export async function ensureSampleProject(options: SampleOptions): Promise<string> {
  const folder = join(options.userDataDir, 'samples');
  const target = join(folder, SAMPLE_FILE_NAME);
  if (options.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  if (existsSync(target)) return target;
  const story = readSampleStory(options.resourcesDir);
  mkdirSync(folder, { recursive: true });
  const building = join(folder, `.building-${process.pid}.copydesk`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  createProjectFile(building, story.title, options);
  const session = ProjectSession.open(building, options);
  try {
    for (const { file, language: _language, ...metadata } of story.articles) {
      const bytes = readFileSync(join(options.resourcesDir, 'sample', file));
      await session.importArticle({ kind: 'file', fileName: file, bytes, metadata, origin: 'sample' });
    }
  } finally {
    session.close();
  }
  // Built completely before it takes the sample's name, so a crash never leaves half a sample.
  // rename is atomic within the folder; another launch may have won the race, which is fine.
  if (existsSync(target)) rmSync(building, { force: true });
  else renameSync(building, target);
  return target;
}
