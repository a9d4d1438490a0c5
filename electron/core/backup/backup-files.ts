import fs from 'node:fs';
import path from 'node:path';
import { chinaDate } from '../dates';
import { fileStamp } from '../db/backup';
import type { BackupKind } from '../../contract/schemas/backups';

/**
 * Backups live in `<dataDir>/backups`, one file each, named `<kind>-<UTC stamp>.sqlite3` so the
 * folder sorts by time and says what each file is without opening it:
 * - daily: the first start of a China day, before anything writes;
 * - quit: when the app (or the browser-mode server) closes; counts as that day's backup;
 * - manual: 立即备份 / `adr backup` without --out;
 * - pre-migrate: before a schema migration (`pre-migrate-vN-to-vM-<stamp>`, written by db/database.ts);
 * - before-restore: the database as it was before a restore replaced it;
 * - damaged: a database that failed its start-up check, set aside (with its -wal/-shm) by a restore.
 */
export type { BackupKind } from '../../contract/schemas/backups';

export const BACKUPS_FOLDER = 'backups';

export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

export interface BackupFile {
  /** Absolute path. */
  file: string;
  fileName: string;
  kind: BackupKind;
  /** UTC ISO-8601, from the name. */
  takenAt: string;
  /** The China date the backup belongs to (rotation keeps one per day). */
  day: string;
  bytes: number;
}

const NAME = /^(daily|quit|manual|pre-migrate(?:-v\d+-to-v\d+)?|before-restore|damaged)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite3$/;

/** The inverse of fileStamp; null for files that are not ours (a user's own copy, a -wal). */
export function parseBackupName(fileName: string): { kind: BackupKind; takenAt: string } | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const kind = (m[1]!.startsWith('pre-migrate') ? 'pre-migrate' : m[1]) as BackupKind;
  return { kind, takenAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z` };
}

export function backupFileName(kind: Exclude<BackupKind, 'pre-migrate'>, nowIso: string): string {
  return `${kind}-${fileStamp(nowIso)}.sqlite3`;
}

/** Every backup in the folder, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const fileName of fs.readdirSync(dir)) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    const file = path.join(dir, fileName);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    files.push({ file, fileName, ...parsed, day: chinaDate(new Date(parsed.takenAt)), bytes: stat.size });
  }
  return files.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.fileName < b.fileName ? 1 : -1));
}
