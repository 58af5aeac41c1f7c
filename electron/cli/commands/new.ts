import { basename, extname, resolve } from 'node:path';
import { createProjectFile } from '../../core/db/open';
import { PROJECT_EXTENSION } from '../../core/db/constants';
import { CliError, EXIT_USAGE } from '../output';

export function runNew(file: string, options: { title?: string }): void {
  const path = resolve(file);
  if (extname(path) !== PROJECT_EXTENSION) {
    throw new CliError(`a project file name ends in ${PROJECT_EXTENSION} (got “${basename(path)}”)`, EXIT_USAGE);
  }
  const title = (options.title ?? basename(path, PROJECT_EXTENSION)).trim();
  if (title === '' || title.length > 200) throw new CliError('a project title has 1 to 200 characters', EXIT_USAGE);
  createProjectFile(path, title);
  process.stdout.write(`Created ${path} (“${title}”).\n`);
}
