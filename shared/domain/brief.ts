/** The brief as the desk and the command line see it. JSON only. */
import type { BriefDocument } from '../brief/document';

export interface BriefState {
  /** Null until the brief is compiled for the first time. */
  document: BriefDocument | null;
  /** Rises with every save; a save based on an older version is refused (CONFLICT). */
  version: number;
  wordCount: number;
  /** A claim needs this many independent sources to enter the body (K). */
  minSupport: number;
  compiledAt: string | null;
  updatedAt: string | null;
}

export type BriefRevisionReason = 'compile' | 'edit' | 'restore';

export interface BriefRevisionSummary {
  id: number;
  reason: BriefRevisionReason;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface BriefRevision extends BriefRevisionSummary {
  document: BriefDocument;
}

export type ExportFormat = 'markdown' | 'pdf';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64 (JSON-only payloads). */
  dataBase64: string;
  bytes: number;
  ms: number;
  /** Where the shell saved it, when it did (desktop save dialog); null for a download. */
  savedTo: string | null;
  /** The editor closed the save dialog without choosing: nothing was written. */
  cancelled: boolean;
}
