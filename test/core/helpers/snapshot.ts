import type { Core } from '../../../electron/core/core';

/** Row count of every table plus the change counter: equal snapshots mean nothing was written. */
export function snapshot(core: Core): Record<string, number> {
  const tables = core.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = core.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number;
  out.__change_counter = core.sqlite.prepare('SELECT value FROM change_counter').pluck().get() as number;
  out.__total_changes = core.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  return out;
}
