import type Database from 'better-sqlite3';

/** What a migration may need besides SQL: the time and id source of the app opening the file. */
export interface MigrationEnv {
  now: string;
  newId: () => string;
}

/**
 * One schema step. Versions are consecutive integers starting at 1 and stored in
 * `PRAGMA user_version`; `up` runs inside the single transaction that applies every pending step.
 */
export interface Migration {
  version: number;
  name: string;
  up(sqlite: Database.Database, env: MigrationEnv): void;
}
