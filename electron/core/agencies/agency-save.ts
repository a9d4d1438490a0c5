import type { z } from 'zod';
import type { Agency, AgencySaveSchema } from '../../contract/schemas/agencies';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { agencyView, loadAgencyRow, nameKey } from './agency-rows';

export type AgencySaveInput = z.output<typeof AgencySaveSchema>;

/**
 * The agency already using this name (compared by nameKey), if any other than `selfId`. Deleted
 * agencies count: the UNIQUE constraint keeps their names, and a re-entered agency should be
 * restored rather than duplicated.
 */
export function nameTakenBy(core: Core, name: string, selfId: string | null): { id: string; name: string } | undefined {
  const key = nameKey(name);
  return core.q.all(qb.selectFrom('agencies').select(['id', 'name'])).find((a) => a.id !== selfId && nameKey(a.name) === key);
}

export function nameTakenIssue(path: string, name: string): FieldIssue {
  return field(path, `名录中已有同名单位「${name}」`, `The directory already has an agency named "${name}"`);
}

/** The parent must be a live agency, not the agency itself, and not one of its own sub-units. */
function parentIssues(core: Core, selfId: string | null, parentId: string | null): FieldIssue[] {
  if (parentId === null) return [];
  if (parentId === selfId) return [field('parentId', '上级单位不能是本单位', 'An agency cannot be its own parent')];
  const parent = core.q.first(qb.selectFrom('agencies').select(['id', 'parent_id']).where('id', '=', parentId).where('deleted_at', 'is', null));
  if (!parent) return [field('parentId', '所选上级单位不存在', 'The chosen parent agency does not exist')];
  if (selfId === null) return [];
  const seen = new Set<string>();
  let up: string | null = parent.parent_id;
  while (up !== null && !seen.has(up)) {
    if (up === selfId) {
      return [field('parentId', '上级单位不能是本单位的下级单位（会形成循环）', 'The parent cannot be one of the agency’s own sub-units (that would make a loop)')];
    }
    seen.add(up);
    up = core.q.first(qb.selectFrom('agencies').select('parent_id').where('id', '=', up))?.parent_id ?? null;
  }
  return [];
}

/**
 * Creates an agency (no id) or updates one. On update a missing parentId keeps the parent; null
 * detaches it. Nothing changed → nothing written. One audit entry per write, same transaction.
 */
export function saveAgency(core: Core, actor: Actor, input: AgencySaveInput): Agency {
  return writeTx(core, () => {
    const now = core.now();
    const before = input.id ? loadAgencyRow(core, input.id) : null;
    const selfId = before?.id ?? null;
    const parentId = input.parentId === undefined ? (before?.parent_id ?? null) : input.parentId;
    const issues: FieldIssue[] = [];
    const clash = nameTakenBy(core, input.name, selfId);
    if (clash) issues.push(nameTakenIssue('name', clash.name));
    issues.push(...parentIssues(core, selfId, parentId));
    if (issues.length > 0) throw fieldErrors(issues);

    const values = {
      name: input.name,
      short_name: input.shortName,
      kind: input.kind,
      parent_id: parentId,
      active: input.active ? (1 as const) : (0 as const),
    };
    if (!before) {
      const id = core.newId();
      core.q.run(qb.insertInto('agencies').values({ id, ...values, deleted_at: null, created_at: now, updated_at: now }));
      appendAudit(core.q, actor, now, {
        action: 'agency.create',
        entity: 'agencies',
        entityId: id,
        detail: { name: values.name, shortName: values.short_name, kind: values.kind, parentId, active: input.active },
      });
      return agencyView(core, id);
    }

    const changes: Record<string, { before: unknown; after: unknown }> = {};
    const formName = { name: 'name', short_name: 'shortName', kind: 'kind', parent_id: 'parentId', active: 'active' } as const;
    for (const key of Object.keys(values) as (keyof typeof values)[]) {
      if (before[key] !== values[key]) changes[formName[key]] = { before: before[key], after: values[key] };
    }
    if (Object.keys(changes).length > 0) {
      core.q.run(qb.updateTable('agencies').set({ ...values, updated_at: now }).where('id', '=', before.id));
      appendAudit(core.q, actor, now, { action: 'agency.update', entity: 'agencies', entityId: before.id, detail: { name: values.name, changes } });
    }
    return agencyView(core, before.id);
  });
}
