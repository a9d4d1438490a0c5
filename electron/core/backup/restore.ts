import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Core } from '../core';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { conflict } from '../cases/messages';
import { backupTo } from '../db/backup';
import { migrateWithBackup } from '../db/database';
import { schemaVersion } from '../db/migrate';
import { backupFileName, backupsDirOf } from './backup-files';
import { checkBackupFile, invalidBackup, type CheckedBackup } from './check-backup';

export interface RestoreOutcome {
  restoredFrom: string;
  sha256: string;
  bytes: number;
  /** The backup's schema version; lower than the app's means it was migrated after loading. */
  backupSchemaVersion: number;
  schemaVersion: number;
  /** Where the database as it was before the restore now is (main file first). */
  keptAside: string[];
}

/**
 * Restore into the running app's open database (backup.restore, `adr restore` on a sound
 * database). The file is checked first; then the current database is kept aside as a consistent
 * copy (online backup API, so its WAL is included and nothing has to be closed); then the checked
 * copy is loaded into the database file through the same API in the opposite direction. That load
 * is one write transaction on the live file: a crash in the middle leaves the old database, and
 * the open connection (the app's, or the CLI's beside a running app) simply sees the restored
 * content on its next read. An older backup is migrated, and the restore is recorded as a NEW
 * audit entry appended to the restored chain, which therefore still verifies.
 */
export async function restoreIntoOpenCore(core: Core, actor: Actor, source: string): Promise<RestoreOutcome> {
  if (!core.dataDir || core.database.file === ':memory:') {
    throw conflict('内存数据库不能从备份恢复', 'An in-memory database cannot be restored from a backup');
  }
  const checked = checkBackupFile(path.resolve(source));
  if (!checked.ok) throw invalidBackup(checked);
  try {
    const aside = path.join(backupsDirOf(core.dataDir), backupFileName('before-restore', core.now()));
    await backupTo(core.sqlite, aside);
    await loadInto(checked, core.database.file);
    // The open connection still holds the old schema in memory until a statement notices the
    // schema cookie changed; a read of sqlite_master makes it reload now, before any migration
    // compares its CREATEs against the stale copy. Prepared statements re-prepare by themselves.
    core.sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    await migrateWithBackup(core.sqlite, {
      file: core.database.file,
      now: () => core.now(),
      newId: core.newId,
      backupDir: backupsDirOf(core.dataDir),
    });
    core.database.schemaVersion = schemaVersion(core.sqlite);
    return auditRestore(core, actor, checked, [aside]);
  } finally {
    checked.dispose();
  }
}

/** Copies the checked candidate over the live database file in one backup step (one transaction). */
async function loadInto(checked: CheckedBackup, databaseFile: string): Promise<void> {
  const source = new Database(checked.copy!, { fileMustExist: true });
  try {
    await source.backup(databaseFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

export interface FileRestoreOptions {
  databaseFile: string;
  /** Where the old database goes: `<dataDir>/backups`. */
  backupsDir: string;
  source: string;
  nowIso: string;
  /** 'damaged' when the database failed its start-up check (the recovery path). */
  asideKind: 'damaged' | 'before-restore';
}

/**
 * Restore with the database CLOSED in this process (the recovery path: the database failed its
 * start-up check and was never opened; `adr restore` on a damaged file). The current file is
 * checkpointed if it still opens (so its WAL is folded in), then moved into backups/ under a
 * timestamped name together with any -wal/-shm left (a WAL that would not checkpoint stays paired
 * with its database, so the set-aside copy opens with everything it had); then the checked copy is
 * written next to the database and renamed over it, so there is never a half-written database.
 * Returns the checked backup (for auditRestore once the caller has opened the core) and the
 * set-aside files. Call dispose() on the result when done.
 */
export function restoreDatabaseFile(options: FileRestoreOptions): { checked: CheckedBackup; keptAside: string[] } {
  const checked = checkBackupFile(path.resolve(options.source));
  if (!checked.ok) throw invalidBackup(checked);
  const keptAside: string[] = [];
  const db = options.databaseFile;
  if (fs.existsSync(db)) {
    checkpointIfPossible(db);
    fs.mkdirSync(options.backupsDir, { recursive: true });
    const aside = path.join(options.backupsDir, backupFileName(options.asideKind, options.nowIso));
    for (const suffix of ['', '-wal', '-shm']) {
      if (!fs.existsSync(db + suffix)) continue;
      fs.renameSync(db + suffix, aside + suffix);
      keptAside.push(aside + suffix);
    }
  }
  const incoming = `${db}.restoring`;
  fs.copyFileSync(checked.copy!, incoming);
  const fd = fs.openSync(incoming, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(incoming, db);
  return { checked, keptAside };
}

/** Folds the WAL into the main file when SQLite still can; a damaged file is moved as it is. */
function checkpointIfPossible(file: string): void {
  try {
    const sqlite = new Database(file, { fileMustExist: true });
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
  } catch {
    // Too damaged to checkpoint: the -wal/-shm move with it.
  }
}

/** The restore's audit entry, appended to the RESTORED chain (history is never edited). */
export function auditRestore(core: Core, actor: Actor, checked: CheckedBackup, keptAside: string[]): RestoreOutcome {
  const outcome: RestoreOutcome = {
    restoredFrom: checked.source,
    sha256: checked.sha256,
    bytes: checked.bytes,
    backupSchemaVersion: checked.schemaVersion ?? 0,
    schemaVersion: schemaVersion(core.sqlite),
    keptAside,
  };
  writeTx(core, () =>
    appendAudit(core.q, actor, core.now(), {
      action: 'database.restore',
      entity: 'database',
      detail: { file: outcome.restoredFrom, sha256: outcome.sha256, bytes: outcome.bytes, backupSchemaVersion: outcome.backupSchemaVersion, keptAside },
    }),
  );
  return outcome;
}
