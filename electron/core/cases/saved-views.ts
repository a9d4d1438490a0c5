import {
  CaseListSortSchema,
  SavedViewInputSchema,
  StoredCaseListFiltersSchema,
  type SavedView,
  type SavedViewInput,
} from '../../contract/schemas/case-list';
import { appendAudit } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { SavedViewsTable } from '../db/schema';
import { CoreError } from '../errors';
import { actorOf, type OperatorRow } from '../services/operators';

/**
 * Saved views (常用筛选): an operator's named case-list filters and sort, e.g. "我的逾期案件".
 * Personal, so every call is scoped to the acting operator; another operator's view is
 * NOT_FOUND, never readable or writable. Writes are audited in their own transaction.
 */

type SavedViewRow = Pick<SavedViewsTable, 'id' | 'name' | 'filters' | 'sort' | 'created_at' | 'updated_at'>;

const COLUMNS = ['id', 'name', 'filters', 'sort', 'created_at', 'updated_at'] as const;

function toView(row: SavedViewRow): SavedView {
  // Read leniently: a filter key a later version dropped is ignored rather than breaking the list.
  const filters = StoredCaseListFiltersSchema.safeParse(JSON.parse(row.filters));
  const sort = row.sort === null ? null : CaseListSortSchema.safeParse(JSON.parse(row.sort));
  return {
    id: row.id,
    name: row.name,
    filters: filters.success ? filters.data : {},
    sort: sort?.success ? sort.data : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSavedViews(core: Core, operatorId: string): SavedView[] {
  return core.q
    .all(qb.selectFrom('saved_views').select(COLUMNS).where('operator_id', '=', operatorId).orderBy('name').orderBy('id'))
    .map(toView);
}

function findOwn(core: Core, operatorId: string, id: string): SavedViewRow | undefined {
  return core.q.first(qb.selectFrom('saved_views').select(COLUMNS).where('id', '=', id).where('operator_id', '=', operatorId));
}

function nameTaken(core: Core, operatorId: string, name: string, exceptId: string | null): boolean {
  let query = qb.selectFrom('saved_views').select('id').where('operator_id', '=', operatorId).where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return core.q.first(query) !== undefined;
}

/** Creates a view, or changes the operator's view `input.id`. A name already used by another of the operator's views is a CONFLICT. */
export function saveSavedView(core: Core, operator: OperatorRow, input: SavedViewInput): SavedView {
  const data = SavedViewInputSchema.parse(input);
  const filters = JSON.stringify(data.filters);
  const sort = data.sort ? JSON.stringify(data.sort) : null;
  return core.q.tx(() => {
    const now = core.now();
    if (nameTaken(core, operator.id, data.name, data.id ?? null)) {
      throw new CoreError('CONFLICT', `A saved view named ${data.name} already exists`, { name: data.name });
    }
    let id: string;
    if (data.id) {
      const existing = findOwn(core, operator.id, data.id);
      if (!existing) throw new CoreError('NOT_FOUND', 'No such saved view', { id: data.id });
      id = existing.id;
      core.q.run(
        qb
          .updateTable('saved_views')
          .set({ name: data.name, filters, sort, updated_at: now })
          .where('id', '=', id)
          .where('operator_id', '=', operator.id),
      );
      appendAudit(core.q, actorOf(operator), now, {
        action: 'view.update',
        entity: 'saved_views',
        entityId: id,
        detail: { name: data.name, previousName: existing.name },
      });
    } else {
      id = core.newId();
      core.q.run(
        qb.insertInto('saved_views').values({
          id,
          operator_id: operator.id,
          name: data.name,
          filters,
          sort,
          created_at: now,
          updated_at: now,
        }),
      );
      appendAudit(core.q, actorOf(operator), now, {
        action: 'view.create',
        entity: 'saved_views',
        entityId: id,
        detail: { name: data.name },
      });
    }
    return toView(findOwn(core, operator.id, id)!);
  });
}

export function deleteSavedView(core: Core, operator: OperatorRow, id: string): { ok: true } {
  return core.q.tx(() => {
    const existing = findOwn(core, operator.id, id);
    if (!existing) throw new CoreError('NOT_FOUND', 'No such saved view', { id });
    core.q.run(qb.deleteFrom('saved_views').where('id', '=', id).where('operator_id', '=', operator.id));
    appendAudit(core.q, actorOf(operator), core.now(), {
      action: 'view.delete',
      entity: 'saved_views',
      entityId: id,
      detail: { name: existing.name },
    });
    return { ok: true as const };
  });
}
