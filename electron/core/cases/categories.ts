import type { z } from 'zod';
import type { CategoriesSaveSchema } from '../../contract/schemas/cases';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { field } from './messages';
import { writeTx } from './case-rows';

export type CategoriesSaveInput = z.output<typeof CategoriesSaveSchema>;

export interface Category {
  id: string;
  name: string;
  sort: number;
  active: boolean;
}

/** Every dispute category (争议类型), retired ones included, in the center's order. */
export function listCategories(core: Core): Category[] {
  return core.q
    .all(qb.selectFrom('dispute_categories').select(['id', 'name', 'sort', 'active']).orderBy('sort').orderBy('name'))
    .map((r) => ({ id: r.id, name: r.name, sort: r.sort, active: r.active === 1 }));
}

/**
 * Saves the edited list: items with an id are renamed / retired / re-activated, items without one
 * are added, and the list order becomes the sort order. Categories are never deleted (cases refer
 * to them); one left out of the list keeps its values and goes after the listed ones.
 */
export function saveCategories(core: Core, actor: Actor, input: CategoriesSaveInput): Category[] {
  return writeTx(core, () => {
    const now = core.now();
    const before = listCategories(core);
    const byId = new Map(before.map((c) => [c.id, c]));
    const issues: FieldIssue[] = [];
    const names = new Map<string, number>();
    const ids = new Set<string>();
    input.items.forEach((item, i) => {
      const key = item.name.trim().toLowerCase();
      if (names.has(key)) issues.push(field(`items.${i}.name`, `名称「${item.name}」重复`, `The name "${item.name}" is used twice`));
      names.set(key, i);
      if (item.id !== undefined) {
        if (!byId.has(item.id)) issues.push(field(`items.${i}.id`, '该争议类型不存在', 'Unknown dispute category'));
        if (ids.has(item.id)) issues.push(field(`items.${i}.id`, '同一争议类型列出两次', 'The same category is listed twice'));
        ids.add(item.id);
      }
    });
    const unlisted = before.filter((c) => !ids.has(c.id));
    for (const c of unlisted) {
      const clash = names.get(c.name.trim().toLowerCase());
      if (clash !== undefined) issues.push(field(`items.${clash}.name`, `名称「${c.name}」已被其他争议类型使用`, `The name "${c.name}" is taken by another category`));
    }
    if (!input.items.some((i) => i.active) && !unlisted.some((c) => c.active)) {
      issues.push(field('items', '至少保留一个启用的争议类型', 'Keep at least one active category'));
    }
    if (issues.length > 0) throw fieldErrors(issues);

    const added: string[] = [];
    const changed: { id: string; before: Omit<Category, 'id'>; after: Omit<Category, 'id'> }[] = [];
    // Two passes so a swap of names never trips the UNIQUE(name) constraint halfway.
    for (const item of input.items) {
      if (item.id && byId.get(item.id)!.name !== item.name.trim()) {
        core.q.run(qb.updateTable('dispute_categories').set({ name: `\u0000${item.id}` }).where('id', '=', item.id));
      }
    }
    const order = [...input.items.map((item) => ({ ...item })), ...unlisted.map((c) => ({ id: c.id, name: c.name, active: c.active }))];
    order.forEach((item, i) => {
      const sort = (i + 1) * 10;
      const after = { name: item.name.trim(), sort, active: item.active };
      if (item.id) {
        const old = byId.get(item.id)!;
        if (old.name !== after.name || old.sort !== sort || old.active !== after.active) {
          core.q.run(
            qb.updateTable('dispute_categories').set({ name: after.name, sort, active: item.active ? 1 : 0, updated_at: now }).where('id', '=', item.id),
          );
          changed.push({ id: item.id, before: { name: old.name, sort: old.sort, active: old.active }, after });
        }
      } else {
        const id = core.newId();
        core.q.run(
          qb.insertInto('dispute_categories').values({ id, name: after.name, sort, active: item.active ? 1 : 0, created_at: now, updated_at: now }),
        );
        added.push(after.name);
      }
    });
    if (added.length + changed.length > 0) {
      appendAudit(core.q, actor, now, { action: 'categories.save', entity: 'dispute_categories', detail: { added, changed } });
    }
    return listCategories(core);
  });
}
