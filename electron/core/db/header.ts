/**
 * Reads a project file's 100-byte SQLite header without opening it, so that a damaged, foreign
 * or newer file is refused before SQLite could write a single byte to it (a journal, a WAL, a
 * recovered page). See https://www.sqlite.org/fileformat.html#the_database_header.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID } from './constants';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface HeaderFacts {
  pageSize: number;
  pageCount: number;
  applicationId: number;
  userVersion: number;
  /** 1 = rollback journal, 2 = WAL. */
  writeVersion: number;
  fileSize: number;
}

export function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `path` is a Copydesk project this build can open. Throws AppError
 * (NOT_FOUND, UNSUPPORTED_FILE, DAMAGED_FILE, NEWER_VERSION) with a message for the editor.
 */
export function inspectProjectFile(path: string, appSchemaVersion: number): HeaderFacts {
  const name = basename(path);
  let fileSize: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('UNSUPPORTED_FILE', `“${name}” is a folder, not a Copydesk project file.`);
    fileSize = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', `There is no file at ${path}. Check the path, or create a project with “copydesk new”.`);
  }
  if (fileSize === 0) {
    throw new AppError('DAMAGED_FILE', `“${name}” is empty (0 bytes), so it is not a Copydesk project. If it should hold your work, restore it from a backup.`);
  }
  const header = readHeader(path);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new AppError('UNSUPPORTED_FILE', `“${name}” is not a Copydesk project (it is not an SQLite database). Choose a .copydesk file.`);
  }
  if (header.length < HEADER_SIZE) {
    throw new AppError('DAMAGED_FILE', `“${name}” is damaged: it ends inside its header. Restore it from a backup.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  if (!validPageSize) {
    throw new AppError('DAMAGED_FILE', `“${name}” is damaged: its header is unreadable. Restore it from a backup.`);
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) {
    throw new AppError('UNSUPPORTED_FILE', `“${name}” is an SQLite database from another application, not a Copydesk project. It was left untouched.`);
  }
  const userVersion = header.readUInt32BE(60);
  if (userVersion > appSchemaVersion) {
    throw new AppError(
      'NEWER_VERSION',
      `“${name}” was saved by a newer Copydesk (project format ${userVersion}; this version reads up to ${appSchemaVersion}). Update Copydesk to open it; the file was left untouched.`,
      { fileVersion: userVersion, appVersion: appSchemaVersion },
    );
  }
  // The in-header page count is valid when the version-valid-for number matches the change counter.
  const changeCounter = header.readUInt32BE(24);
  const validFor = header.readUInt32BE(92);
  const pageCount = header.readUInt32BE(28);
  if (fileSize % pageSize !== 0 || (validFor === changeCounter && pageCount * pageSize > fileSize)) {
    throw new AppError('DAMAGED_FILE', `“${name}” is damaged: the file is shorter than its own header says (truncated copy?). Restore it from a backup.`, {
      expectedBytes: pageCount * pageSize,
      actualBytes: fileSize,
    });
  }
  return { pageSize, pageCount, applicationId, userVersion, writeVersion: header.readUInt8(18), fileSize };
}
