/**
 * SQLite's failures, told to the editor. A write that fails is rolled back whole (each change is one
 * transaction), so the message can say truthfully that earlier work is intact.
 */
import { AppError } from '../../../shared/api/errors';

const sqliteCode = (error: unknown): string | null =>
  error instanceof Error && error.name === 'SqliteError' && typeof (error as { code?: unknown }).code === 'string' ? (error as unknown as { code: string }).code : null;

/** An AppError for a SQLite failure an editor can act on; null for anything else. */
export function fromSqliteError(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  if (code === 'SQLITE_FULL') {
    return new AppError('STORAGE', 'The disk that holds the project is full, so that change was not saved. Free some space and do it again; everything saved before is intact.', { sqlite: code });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError('STORAGE', 'The disk that holds the project reported an error, so that change was not saved. Check the drive (or copy the project somewhere safe) and try again; everything saved before is intact.', { sqlite: code });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('READ_ONLY', 'The project file cannot be written to any more (it became read-only, or its folder did). That change was not saved; make the file writable or copy it somewhere writable.', { sqlite: code });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('CONFLICT', 'Another program is holding the project file, so that change was not saved. Close the other program (or the other Copydesk window) and try again.', { sqlite: code });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('DAMAGED_FILE', 'The project file is damaged, so that change was not saved. Close the project and restore it from a backup (copydesk backups <project> lists them).', { sqlite: code });
  }
  return null;
}
