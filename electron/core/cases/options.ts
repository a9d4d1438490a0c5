import type { Core } from '../core';
import { qb } from '../db/query';
import type { AgencyKind } from '../db/schema';

/** Choices for the intake form's selects. */

const zhCollator = new Intl.Collator('zh-CN');

export function operatorOptions(core: Core): { id: string; name: string; role: string }[] {
  return core.q
    .all(qb.selectFrom('operators').select(['id', 'name', 'role']).where('active', '=', 1))
    .sort((a, b) => zhCollator.compare(a.name, b.name));
}

/** The directory's kinds in the order the center thinks of them. */
const KIND_ORDER: Record<AgencyKind, number> = {
  member_unit: 0,
  district_government: 1,
  department: 2,
  court: 3,
  mediation_org: 4,
  other: 5,
};

/** Active, not deleted agencies, by kind and then by name (pinyin order). */
export function agencyOptions(core: Core): { id: string; name: string; shortName: string | null; kind: string }[] {
  return core.q
    .all(
      qb
        .selectFrom('agencies')
        .select(['id', 'name', 'short_name', 'kind'])
        .where('active', '=', 1)
        .where('deleted_at', 'is', null),
    )
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || zhCollator.compare(a.name, b.name))
    .map((a) => ({ id: a.id, name: a.name, shortName: a.short_name, kind: a.kind }));
}
