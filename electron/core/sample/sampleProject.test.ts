import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../project/projectSession';
import { REPO_ROOT, tempDir } from '../testing/fixtures';
import { ensureSampleProject, readSampleStory } from './sampleProject';

const resourcesDir = join(REPO_ROOT, 'resources');

function bundledBytes(): Map<string, string> {
  const dir = join(resourcesDir, 'sample');
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('the bundled sample project', () => {
  it('is built in the user-data folder from the bundled story, leaving the originals pristine', async () => {
    const before = bundledBytes();
    const userDataDir = tempDir();
    const path = await ensureSampleProject({ resourcesDir, userDataDir });
    expect(path.startsWith(userDataDir)).toBe(true);
    const story = readSampleStory(resourcesDir);
    const session = ProjectSession.open(path);
    try {
      expect(session.info().title).toBe(story.title);
      const sources = session.listSources();
      expect(sources.map((s) => s.outlet)).toEqual(story.articles.map((a) => a.outlet));
      expect(sources.length).toBeGreaterThanOrEqual(3);
      // The planted discrepancies are in the text the desk works on.
      const texts = sources.map((s) => session.getSource(s.id).text).join('\n');
      expect(texts).toContain('Ilse Marten');
      expect(texts).toContain('Ilse Martin');
      expect(texts).toMatch(/\b212\b[\s\S]*\b221\b|\b221\b[\s\S]*\b212\b/);
      // Scraper junk is cleaned out, and each removal is kept with its reason.
      expect(texts).not.toContain('[ad_slot');
      expect(texts).not.toContain('Leave a Reply');
      expect(sources.find((s) => s.fileName?.startsWith('01'))!.removedCount).toBeGreaterThanOrEqual(4);
      expect(sources.find((s) => s.fileName?.startsWith('02'))!.removedCount).toBe(0);
    } finally {
      session.close();
    }
    expect(bundledBytes()).toEqual(before);
    expect(readdirSync(join(userDataDir, 'samples'))).toEqual(['Sample story.copydesk']);
  });

  it("keeps the editor's copy on the next launch, and rebuilds it only when asked", async () => {
    const userDataDir = tempDir();
    const path = await ensureSampleProject({ resourcesDir, userDataDir });
    const session = ProjectSession.open(path);
    session.rename('My working copy');
    session.close();
    expect(await ensureSampleProject({ resourcesDir, userDataDir })).toBe(path);
    const again = ProjectSession.open(path);
    expect(again.info().title).toBe('My working copy');
    again.close();
    await ensureSampleProject({ resourcesDir, userDataDir, fresh: true });
    const fresh = ProjectSession.open(path);
    expect(fresh.info().title).toBe(readSampleStory(resourcesDir).title);
    fresh.close();
    expect(statSync(path).size).toBeGreaterThan(0);
  });
});
