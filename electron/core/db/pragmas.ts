import type Database from 'better-sqlite3';

/**
 * Connection settings applied on every open. These are per-connection in SQLite, so forgetting
 * one silently weakens the store:
 * - WAL lets readers (the CLI, a backup) run while the app writes.
 * - foreign_keys: SQLite does not enforce foreign keys unless asked, on every connection.
 * - synchronous=FULL: these are legal records; a committed transaction must survive power loss,
 *   which NORMAL does not promise in WAL mode.
 * - busy_timeout: the CLI and the app may touch the file at the same moment; wait, don't fail.
 */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
}

export function readPragmas(sqlite: Database.Database): Record<string, unknown> {
  return {
    journal_mode: sqlite.pragma('journal_mode', { simple: true }),
    foreign_keys: sqlite.pragma('foreign_keys', { simple: true }),
    synchronous: sqlite.pragma('synchronous', { simple: true }),
    busy_timeout: sqlite.pragma('busy_timeout', { simple: true }),
  };
}
