import type { FieldIssue } from '../../contract/result';
import type { Core } from '../core';
import { qb } from '../db/query';
import { field } from '../cases/messages';

/**
 * Checks shared by the linkage records (hearings, suggestions, attendance). Each returns the
 * issues it finds so a form gets every problem at once, not one per save.
 */

export function agencyIssue(core: Core, agencyId: string): FieldIssue[] {
  const row = core.q.first(qb.selectFrom('agencies').select('id').where('id', '=', agencyId).where('deleted_at', 'is', null));
  return row ? [] : [field('agencyId', '单位不存在或已删除', 'The agency does not exist or was deleted')];
}

export function caseIssue(core: Core, caseId: string | null | undefined): FieldIssue[] {
  if (!caseId) return [];
  const row = core.q.first(qb.selectFrom('cases').select('id').where('id', '=', caseId).where('deleted_at', 'is', null));
  return row ? [] : [field('caseId', '案件不存在或已删除', 'The case does not exist or was deleted')];
}

/** Records of what happened: a hearing held, a suggestion received, feedback given, cannot lie ahead. */
export function notFutureIssue(path: string, date: string | null | undefined, today: string, zhWhat: string, enWhat: string): FieldIssue[] {
  if (!date || date <= today) return [];
  return [field(path, `${zhWhat}不能晚于今天（${today}）`, `The ${enWhat} cannot be after today (${today})`)];
}

/** The changed columns, before and after, for the audit entry of an update. */
export function changesOf(before: object, after: object): Record<string, { before: unknown; after: unknown }> {
  const old = before as Record<string, unknown>;
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (old[key] !== value) changes[key] = { before: old[key], after: value };
  }
  return changes;
}
