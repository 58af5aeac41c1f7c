import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { stmt } from './statements';

export interface ProjectRow {
  title: string;
  createdAt: string;
  updatedAt: string;
}

export function insertProjectRow(db: Database, title: string, now: string): void {
  stmt(db, 'INSERT INTO project (id, title, created_at, updated_at) VALUES (1, ?, ?, ?)').run(title, now, now);
}

export function getProjectRow(db: Database): ProjectRow {
  const row = stmt(db, 'SELECT title, created_at AS createdAt, updated_at AS updatedAt FROM project WHERE id = 1').get() as ProjectRow | undefined;
  if (!row) throw new AppError('DAMAGED_FILE', 'This project file has lost its title record. Restore it from a backup.');
  return row;
}

export function setProjectTitle(db: Database, title: string, now: string): void {
  stmt(db, 'UPDATE project SET title = ?, updated_at = ? WHERE id = 1').run(title, now);
}

export function touchProject(db: Database, now: string): void {
  stmt(db, 'UPDATE project SET updated_at = ? WHERE id = 1').run(now);
}
