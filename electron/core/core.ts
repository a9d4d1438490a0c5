import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { newId as defaultNewId, type IdGenerator } from './ids';
import { openDatabase, type OpenedDatabase } from './db/database';
import { Queries } from './db/query';
import { chinaDate } from './dates';
import type { Migration } from './db/migrations/migration';

export type RunMode = 'electron' | 'web' | 'test' | 'cli';

export interface CoreOptions {
  /** The SQLite file, or ':memory:'. */
  databaseFile: string;
  /** The data folder (attachments, backups); null for an in-memory core. */
  dataDir: string | null;
  appVersion: string;
  mode: RunMode;
  clock?: Clock;
  newId?: IdGenerator;
  migrations?: readonly Migration[];
  /**
   * Opens a file with the system viewer (Electron: shell.openPath). Absent in browser mode, the
   * CLI and tests, where callers fall back to handing the bytes to the page.
   */
  openFile?: (absolutePath: string) => Promise<void>;
}

/**
 * Everything a service needs, passed in explicitly: the one database connection, the clock, the
 * id source and the data folder. Nothing in the core reaches for globals, so the same code runs
 * under Electron, in browser mode, in the CLI and in tests.
 */
export interface Core {
  readonly q: Queries;
  readonly sqlite: Database.Database;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly dataDir: string | null;
  readonly appVersion: string;
  readonly mode: RunMode;
  readonly database: OpenedDatabase;
  readonly openFile: ((absolutePath: string) => Promise<void>) | null;
  now(): string;
  /** Today's date in the center's time zone (Asia/Shanghai, UTC+8, no DST), YYYY-MM-DD. */
  today(): string;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? defaultNewId;
  const now = () => clock.now().toISOString();
  const database = await openDatabase({
    file: options.databaseFile,
    now,
    newId,
    ...(options.dataDir ? { backupDir: `${options.dataDir}/backups` } : {}),
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  return {
    q: new Queries(database.sqlite),
    sqlite: database.sqlite,
    clock,
    newId,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    mode: options.mode,
    database,
    openFile: options.openFile ?? null,
    now,
    today: () => chinaDate(clock.now()),
    close: () => database.close(),
  };
}
