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
    const plan = planMigrations(sqlite, migrations);
    let backupFile: string | null = null;
    if (plan.from > 0 && plan.pending.length > 0 && !inMemory) {
      const dir = options.backupDir ?? path.join(path.dirname(options.file), 'backups');
      backupFile = await backupTo(
        sqlite,
        path.join(dir, `pre-migrate-v${plan.from}-to-v${plan.to}-${fileStamp(options.now())}.sqlite3`),
      );
    }
    applyMigrations(sqlite, plan, { now: options.now(), newId: options.newId });
    return {
      sqlite,
      file: options.file,
      schemaVersion: schemaVersion(sqlite),
      migratedFrom: plan.from,
      backupFile,
      close() {
        closeDatabase(sqlite);
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
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
