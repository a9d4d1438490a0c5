import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CoreError } from '../errors';
import { applyPragmas } from './pragmas';
import { applyMigrations, planMigrations, schemaVersion } from './migrate';
import { backupTo, fileStamp } from './backup';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export const DATABASE_FILE_NAME = 'adr-desk.sqlite3';

export interface OpenOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  now: () => string;
  newId: () => string;
  /** Where the pre-migration backup goes; default: `<dir of file>/backups`. */
  backupDir?: string;
  /** Only tests pass a shorter list (to build a database "as an older app left it"). */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  file: string;
  schemaVersion: number;
  migratedFrom: number;
  backupFile: string | null;
  close(): void;
}

/**
 * Opens (creating if needed) and migrates the store. An existing database that needs migrating
 * is first copied with the online backup API, so a bad migration can always be undone by hand.
 */
export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const inMemory = options.file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(options.file), { recursive: true });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(options.file);
  } catch (error) {
    throw new CoreError('DB_OPEN_FAILED', `Cannot open database ${options.file}: ${String(error)}`, {
      file: options.file,
    });
  }
  try {
    applyPragmas(sqlite);
    if (!inMemory) assertQuickCheck(sqlite, options.file);
    const { from, backupFile } = await migrateWithBackup(sqlite, { ...options, migrations });
    return {
      sqlite,
      file: options.file,
      schemaVersion: schemaVersion(sqlite),
      migratedFrom: from,
      backupFile,
      close() {
        closeDatabase(sqlite);
      },
    };
  } catch (error) {
    sqlite.close();
    throw corruptionAsDamaged(error, options.file);
  }
}

/** SQLite's own verdict that the file is not a sound database (a garbled header, a bad page). */
function corruptionAsDamaged(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new CoreError('DB_DAMAGED', `Database ${file} is damaged: ${detail}`, { file, detail, latest: '' });
}

/**
 * Brings an open database to the latest schema; an existing one that needs migrating is first
 * copied with the online backup API, so a bad migration can always be undone by hand. Also used
 * after a restore loaded an older backup into the open connection.
 */
export async function migrateWithBackup(
  sqlite: Database.Database,
  options: Pick<OpenOptions, 'file' | 'now' | 'newId' | 'backupDir' | 'migrations'>,
): Promise<{ from: number; backupFile: string | null }> {
  const plan = planMigrations(sqlite, options.migrations ?? MIGRATIONS);
  let backupFile: string | null = null;
  if (plan.from > 0 && plan.pending.length > 0 && options.file !== ':memory:') {
    const dir = options.backupDir ?? path.join(path.dirname(options.file), 'backups');
    backupFile = await backupTo(
      sqlite,
      path.join(dir, `pre-migrate-v${plan.from}-to-v${plan.to}-${fileStamp(options.now())}.sqlite3`),
    );
  }
  applyMigrations(sqlite, plan, { now: options.now(), newId: options.newId });
  return { from: plan.from, backupFile };
}

/**
 * `PRAGMA quick_check` on every open: it reads every page (without index cross-checks, so it is
 * fast enough for each start) and finds a torn or overwritten file before the app writes into it.
 * A failure is DB_DAMAGED, which the hosts turn into their recovery path instead of a crash.
 */
export function assertQuickCheck(sqlite: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (error) {
    // A page so broken that SQLite cannot even walk it (SQLITE_CORRUPT) is the same finding.
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  throw new CoreError('DB_DAMAGED', `Database ${file} failed quick_check: ${problems.slice(0, 5).join('; ')}`, {
    file,
    detail: problems.slice(0, 5).join('; '),
    latest: '',
  });
}

/** `PRAGMA optimize` before close keeps the query planner's statistics fresh (SQLite's advice). */
export function closeDatabase(sqlite: Database.Database): void {
  if (!sqlite.open) return;
  try {
    sqlite.pragma('optimize');
  } finally {
    sqlite.close();
  }
}
