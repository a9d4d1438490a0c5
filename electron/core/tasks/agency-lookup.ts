import type { Core } from '../core';
import { qb } from '../db/query';

/**
 * An agency by what a person types on the command line: its id, full name or short name (live
 * agencies only). Null when none or more than one match, so a short name shared by two agencies
 * is not silently taken as one of them.
 */
export function findAgencyId(core: Core, nameOrId: string): string | null {
  const value = nameOrId.trim();
  const rows = core.q.all(
    qb
      .selectFrom('agencies')
      .select('id')
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('id', '=', value), eb('name', '=', value), eb('short_name', '=', value)]))
      .limit(2),
  );
  return rows.length === 1 ? rows[0]!.id : null;
}
