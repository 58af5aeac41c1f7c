/** The errors an export can raise, worded for the editor. */
import { AppError } from '../../../../shared/api/errors';

export function unknownNode(type: unknown): AppError {
  const name = typeof type === 'string' && type !== '' ? `"${type.slice(0, 40)}"` : 'an unnamed';
  return new AppError(
    'INVALID_INPUT',
    `The brief contains ${name} element that this version of Copydesk cannot export. Remove it from the brief (or update Copydesk) and export again.`,
  );
}

export function notABrief(): AppError {
  return new AppError('INVALID_INPUT', 'This is not a brief document (it has no root with content). Recompile the brief and export again.');
}
