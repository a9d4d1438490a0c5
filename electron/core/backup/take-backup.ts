import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core';
import { appendAudit, SYSTEM_ACTOR, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { backupTo, fileStamp } from '../db/backup';
import { conflict } from '../cases/messages';
import { needsSetup } from '../services/setup';
import { backupFileName, backupsDirOf, listBackups } from './backup-files';
import { fileSha256 } from './file-hash';
import { planRotation } from './rotation';
import { rotationSettings } from './backup-settings';

export interface TakenBackup {
  file: string;
  fileName: string;
  kind: 'daily' | 'quit' | 'manual' | 'copy';
  takenAt: string;
  sha256: string;
  bytes: number;
  /** Older automatic backups rotation deleted after this one. */
  rotatedOut: string[];
}

function backupsDir(core: Core): string {
  if (!core.dataDir) throw conflict('内存数据库没有备份文件夹', 'An in-memory database has no backups folder');
  return backupsDirOf(core.dataDir);
}

/**
 * One backup through the online backup API, its SHA-256 and size, and its audit entry (written
 * after the copy, so the copy holds everything up to the moment it was taken). Kinds daily and
 * quit go to the backups folder and run rotation; manual goes there too but is never rotated;
 * `folder` writes a copy named adr-desk-backup-<time>.sqlite3 to a folder the user chose; `file`
 * (the CLI's --out) is that exact file, which must not exist yet.
 */
export async function takeBackup(
  core: Core,
  actor: Actor,
  target: { kind: 'daily' | 'quit' | 'manual' } | { folder: string } | { file: string },
): Promise<TakenBackup> {
  // Nothing to keep in an in-memory database (tests, property tests sending any folder name).
  backupsDir(core);
  const takenAt = core.now();
  const destination =
    'file' in target
      ? path.resolve(target.file)
      : 'folder' in target
        ? path.join(path.resolve(target.folder), `adr-desk-backup-${fileStamp(takenAt)}.sqlite3`)
        : path.join(backupsDir(core), backupFileName(target.kind, takenAt));
  if ('folder' in target && !fs.existsSync(path.resolve(target.folder))) {
    throw conflict(`文件夹不存在：${target.folder}`, `The folder does not exist: ${target.folder}`);
  }
  // Never overwrite: an existing file (the CLI's --out, or two backups in the same millisecond) is
  // refused in the user's language rather than failing inside backupTo with a raw path.
  if (fs.existsSync(destination)) {
    throw conflict(`备份文件已存在：${path.basename(destination)}`, `The backup file already exists: ${path.basename(destination)}`);
  }
  await backupTo(core.sqlite, destination);
  const { sha256, bytes } = fileSha256(destination);
  const kind = 'kind' in target ? target.kind : 'copy';
  const rotatedOut = kind === 'daily' || kind === 'quit' ? rotate(core) : [];
  writeTx(core, () =>
    appendAudit(core.q, actor, core.now(), {
      action: 'database.backup',
      entity: 'database',
      detail: { kind, file: destination, sha256, bytes, ...(rotatedOut.length ? { rotatedOut } : {}) },
    }),
  );
  return { file: destination, fileName: path.basename(destination), kind, takenAt, sha256, bytes, rotatedOut };
}

/** Deletes what rotation says (automatic backups beyond the daily and weekly counts); names them. */
export function rotate(core: Core): string[] {
  const dir = backupsDir(core);
  const remove = planRotation(listBackups(dir), rotationSettings(core));
  for (const f of remove) fs.rmSync(f.file, { force: true });
  return remove.map((f) => f.fileName);
}

/**
 * The first start of a China day takes a daily backup before anything writes; a later start the
 * same day (or after a quit backup today) does not. Nothing for an in-memory core or a database
 * not yet set up (there is nothing to keep).
 */
export async function dailyBackupIfDue(core: Core): Promise<TakenBackup | null> {
  if (!core.dataDir || needsSetup(core)) return null;
  const today = core.today();
  const done = listBackups(backupsDirOf(core.dataDir)).some((f) => (f.kind === 'daily' || f.kind === 'quit') && f.day === today);
  return done ? null : takeBackup(core, SYSTEM_ACTOR, { kind: 'daily' });
}

/** Whether quitting should take a backup (synchronous, so a host can decide before it waits). */
export function quitBackupDue(core: Core): boolean {
  return core.dataDir !== null && core.sqlite.open && !needsSetup(core);
}

/** On quit (app or browser-mode server): the day's last state. Nothing for in-memory or unset cores. */
export async function quitBackup(core: Core): Promise<TakenBackup | null> {
  return quitBackupDue(core) ? takeBackup(core, SYSTEM_ACTOR, { kind: 'quit' }) : null;
}
