import type { Core } from '../core';
import { qb } from '../db/query';

/** Settings are JSON values under dotted keys (`center.name`, `clocks.simple_limit_days`). */
export function getSetting<T>(core: Core, key: string): T | undefined {
  const row = core.q.first(qb.selectFrom('settings').select('value').where('key', '=', key));
  return row ? (JSON.parse(row.value) as T) : undefined;
}

/** Upsert; call inside the caller's transaction together with its audit entry. */
export function putSetting(core: Core, key: string, value: unknown): void {
  const now = core.now();
  const json = JSON.stringify(value);
  core.q.run(
    qb
      .insertInto('settings')
      .values({ key, value: json, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: now })),
  );
}
