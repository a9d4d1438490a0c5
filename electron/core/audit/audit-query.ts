import { sql, type SelectQueryBuilder } from 'kysely';
import type { AuditFilterOptions, AuditFilters, AuditListResult, AuditRow } from '../../contract/schemas/audit-log';
import type { Core } from '../core';
import { addDays } from '../dates';
import { qb } from '../db/query';
import type { DB } from '../db/schema';

/**
 * Reading the audit log for the viewer (审计日志) and its export. The log is append-only and
 * `seq` is its order, so "newest first" is seq descending: the primary key, no sort.
 */

type AuditQuery = SelectQueryBuilder<DB, 'audit_log', object>;

/** A China date's first instant in UTC: 2026-11-27 starts at 2026-11-26T16:00:00.000Z. */
export function chinaDayStartUtc(date: string): string {
  return `${addDays(date, -1)}T16:00:00.000Z`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The filters as WHERE clauses. `at` is UTC ISO text of fixed width, so a string range is a time
 * range and the China dates become [start of `from`, start of the day after `to`).
 */
export function applyAuditFilters(query: AuditQuery, f: AuditFilters): AuditQuery {
  let q = query;
  if (f.operator) {
    const who = f.operator;
    q = q.where((eb) => eb.or([eb('operator_id', '=', who), eb('operator_name', '=', who)]));
  }
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.action) {
    // A prefix as a range ('court.' ≤ action < 'court/'), which the index answers; LIKE would
    // not use a BINARY-collated index.
    q = f.action.endsWith('.')
      ? q.where('action', '>=', f.action).where('action', '<', `${f.action.slice(0, -1)}/`)
      : q.where('action', '=', f.action);
  }
  if (f.from) q = q.where('at', '>=', chinaDayStartUtc(f.from));
  if (f.to) q = q.where('at', '<', chinaDayStartUtc(addDays(f.to, 1)));
  if (f.text) q = q.where(sql<boolean>`detail LIKE ${`%${escapeLike(f.text)}%`} ESCAPE '\\'`);
  return q;
}

export interface AuditEntryRow {
  seq: number;
  at: string;
  operator_id: string | null;
  operator_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export function parseDetail(detail: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(detail);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    // An entry written by hand (or damaged) still shows; the chain check says whether it is genuine.
    return { text: detail };
  }
}

export function toAuditRow(r: AuditEntryRow): AuditRow {
  return {
    seq: r.seq,
    at: r.at,
    operatorId: r.operator_id,
    operatorName: r.operator_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: parseDetail(r.detail),
    hash: r.hash.slice(0, 12),
  };
}

const ENTRY_COLUMNS = ['seq', 'at', 'operator_id', 'operator_name', 'action', 'entity', 'entity_id', 'detail', 'prev_hash', 'hash'] as const;

export function countAudit(core: Core, filters: AuditFilters): number {
  const query = applyAuditFilters(qb.selectFrom('audit_log'), filters).select((eb) => eb.fn.countAll<number>().as('n'));
  return core.q.first(query)?.n ?? 0;
}

/** Every matching entry, newest first, as stored (the export streams these). */
export function auditEntries(core: Core, filters: AuditFilters, page?: { limit: number; offset: number }): AuditEntryRow[] {
  let query = applyAuditFilters(qb.selectFrom('audit_log'), filters).select([...ENTRY_COLUMNS]).orderBy('seq', 'desc');
  if (page) query = query.limit(page.limit).offset(page.offset);
  return core.q.all(query);
}

/** What the filter drop-downs offer: every action, entity and operator the log holds. */
export function auditFilterOptions(core: Core): AuditFilterOptions {
  const actions = core.q.all(qb.selectFrom('audit_log').select('action').distinct().orderBy('action')).map((r) => r.action);
  const entities = core.q.all(qb.selectFrom('audit_log').select('entity').distinct().orderBy('entity')).map((r) => r.entity);
  const operators = core.q
    .all(qb.selectFrom('audit_log').select(['operator_id', 'operator_name']).distinct().orderBy('operator_name'))
    .filter((r) => r.operator_name !== null || r.operator_id !== null)
    .map((r) => ({ id: r.operator_id, name: r.operator_name ?? r.operator_id! }));
  return { actions, entities, operators };
}

export function listAudit(core: Core, input: AuditFilters & { limit: number; offset: number }): AuditListResult {
  const { limit, offset, ...filters } = input;
  return {
    rows: auditEntries(core, filters, { limit, offset }).map(toAuditRow),
    total: countAudit(core, filters),
    options: auditFilterOptions(core),
  };
}
