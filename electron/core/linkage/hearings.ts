import type { z } from 'zod';
import type { Hearing, HearingSaveSchema, LinkageListInputSchema } from '../../contract/schemas/linkage';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { notFound } from '../cases/messages';
import type { Core } from '../core';
import { qb, type Row } from '../db/query';
import { fieldErrors } from '../errors';
import { agencyIssue, caseIssue, changesOf, notFutureIssue } from './linkage-checks';
import { yearPeriod } from './period';

export type HearingSaveInput = z.output<typeof HearingSaveSchema>;
export type LinkageListInput = z.output<typeof LinkageListInputSchema>;

/**
 * Court hearings of administrative lawsuits and who appeared for the respondent agency
 * (负责人出庭应诉). One row per hearing per agency: the appearance rate counts hearings, not cases.
 */
function hearingQuery() {
  return qb
    .selectFrom('court_hearings as h')
    .innerJoin('agencies as a', 'a.id', 'h.agency_id')
    .leftJoin('cases as c', 'c.id', 'h.case_id')
    .select([
      'h.id',
      'h.case_id',
      'c.case_number',
      'h.court_number',
      'h.agency_id',
      'a.name as agency_name',
      'h.held_on',
      'h.appeared_name',
      'h.appeared_title',
      'h.head_appeared',
    ])
    .where('h.deleted_at', 'is', null);
}

function toHearing(row: Row<ReturnType<typeof hearingQuery>>): Hearing {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    courtNumber: row.court_number,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    heldOn: row.held_on,
    appearedName: row.appeared_name,
    appearedTitle: row.appeared_title,
    headAppeared: row.head_appeared === 1,
  };
}

export function listHearings(core: Core, input: LinkageListInput): Hearing[] {
  let query = hearingQuery();
  if (input?.year !== undefined) {
    const { from, to } = yearPeriod(input.year);
    query = query.where('h.held_on', '>=', from).where('h.held_on', '<=', to);
  }
  if (input?.agencyId) query = query.where('h.agency_id', '=', input.agencyId);
  if (input?.caseId) query = query.where('h.case_id', '=', input.caseId);
  return core.q.all(query.orderBy('h.held_on', 'desc').orderBy('h.created_at', 'desc')).map(toHearing);
}

function loadHearingRow(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('court_hearings').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw notFound(`开庭记录 ${id}`, `hearing ${id}`);
  return row;
}

function getHearing(core: Core, id: string): Hearing {
  const row = core.q.first(hearingQuery().where('h.id', '=', id));
  if (!row) throw notFound(`开庭记录 ${id}`, `hearing ${id}`);
  return toHearing(row);
}

/**
 * Creates a hearing, or replaces it when `id` is given (the form sends the whole record; an omitted
 * optional field is cleared). Audited in the same transaction.
 */
export function saveHearing(core: Core, actor: Actor, input: HearingSaveInput): Hearing {
  const id = writeTx(core, () => {
    const before = input.id ? loadHearingRow(core, input.id) : undefined;
    const values = {
      case_id: input.caseId ?? null,
      court_number: input.courtNumber ?? null,
      agency_id: input.agencyId,
      held_on: input.heldOn,
      appeared_name: input.appearedName ?? null,
      appeared_title: input.appearedTitle ?? null,
      head_appeared: input.headAppeared ? (1 as const) : (0 as const),
    };
    const issues = [
      ...agencyIssue(core, values.agency_id),
      ...caseIssue(core, values.case_id),
      ...notFutureIssue('heldOn', values.held_on, core.today(), '开庭日期', 'hearing date'),
    ];
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    if (before) {
      const changes = changesOf(before, values);
      if (Object.keys(changes).length === 0) return before.id;
      core.q.run(qb.updateTable('court_hearings').set({ ...values, updated_at: now }).where('id', '=', before.id));
      appendAudit(core.q, actor, now, { action: 'hearing.update', entity: 'court_hearings', entityId: before.id, detail: { changes } });
      return before.id;
    }
    const newId = core.newId();
    core.q.run(qb.insertInto('court_hearings').values({ id: newId, ...values, deleted_at: null, created_at: now, updated_at: now }));
    appendAudit(core.q, actor, now, { action: 'hearing.create', entity: 'court_hearings', entityId: newId, detail: values });
    return newId;
  });
  return getHearing(core, id);
}

/** Soft delete: the statistics stop counting it, the audit trail keeps what it was. */
export function deleteHearing(core: Core, actor: Actor, id: string): { id: string } {
  return writeTx(core, () => {
    const before = loadHearingRow(core, id);
    const now = core.now();
    core.q.run(qb.updateTable('court_hearings').set({ deleted_at: now, updated_at: now }).where('id', '=', id));
    appendAudit(core.q, actor, now, { action: 'hearing.delete', entity: 'court_hearings', entityId: id, detail: { before } });
    return { id };
  });
}
