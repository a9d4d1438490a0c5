import type Database from 'better-sqlite3';
import { CoreError } from '../errors';
import type { Migration, MigrationEnv } from './migrations/migration';

export function schemaVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** Refuses a list that skips or repeats a version: the list is code, so this is a build bug. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}`);
    }
  });
}

export interface MigrationPlan {
  from: number;
  to: number;
  pending: Migration[];
}

export function planMigrations(
  sqlite: Database.Database,
  migrations: readonly Migration[],
): MigrationPlan {
  checkMigrationOrder(migrations);
  const from = schemaVersion(sqlite);
  const to = migrations.length;
  if (from > to) {
    throw new CoreError(
      'DB_NEWER_VERSION',
      `This database was written by a newer version of ADR Desk (schema ${from}; this app knows up to ${to}). Update the app; the file was not changed.`,
      { found: from, supported: to },
    );
  }
  return { from, to, pending: migrations.slice(from) };
}

/**
 * Applies every pending migration in ONE transaction: either the file reaches the latest version
 * or it stays exactly as it was (a crash or an error mid-way rolls all of them back).
 */
export function applyMigrations(
  sqlite: Database.Database,
  plan: MigrationPlan,
  env: MigrationEnv,
): void {
  if (plan.pending.length === 0) return;
  // Foreign-key checks are deferred so a migration may rebuild a table; checked before commit.
  sqlite.pragma('defer_foreign_keys = ON');
  sqlite.transaction(() => {
    for (const m of plan.pending) {
      m.up(sqlite, env);
      sqlite.pragma(`user_version = ${m.version}`);
    }
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`Migration left ${broken.length} foreign-key violations; rolled back`);
    }
  })();
}
