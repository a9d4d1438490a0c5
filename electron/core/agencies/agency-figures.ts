import { AGENCY_ROLES, type AgencyFigures } from '../../contract/schemas/agencies';
import { RESOLVED_OUTCOMES } from '../../contract/schemas/cases';
import type { Core } from '../core';
import { daysBetween } from '../dates';
import { qb } from '../db/query';
import { OPEN_TASK_STATUSES } from './agency-list';

/** The middle value; the mean of the two middle ones for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** part / whole, or null when there is nothing to divide by (no hearings is "no rate", not 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function count(core: Core, query: Parameters<Core['q']['first']>[0]): number {
  const row = core.q.first(query) as { n: number | bigint } | undefined;
  return Number(row?.n ?? 0);
}

function casesByRole(core: Core, agencyId: string): AgencyFigures['casesByRole'] {
  const rows = core.q.all(
    qb
      .selectFrom('case_agencies as ca')
      .innerJoin('cases', 'cases.id', 'ca.case_id')
      .select((eb) => ['ca.role', eb.fn.count<number>('ca.case_id').distinct().as('n')])
      .where('ca.agency_id', '=', agencyId)
      .where('ca.deleted_at', 'is', null)
      .where('cases.deleted_at', 'is', null)
      .groupBy('ca.role'),
  );
  const byRole = new Map(rows.map((r) => [r.role, Number(r.n)]));
  return AGENCY_ROLES.map((role) => ({ role, count: byRole.get(role) ?? 0 }));
}

function taskFigures(core: Core, agencyId: string, today: string) {
  const live = qb.selectFrom('coordination_tasks').where('agency_id', '=', agencyId).where('deleted_at', 'is', null);
  const open = live.where('status', 'in', OPEN_TASK_STATUSES);
  const replies = core.q.all(live.select(['sent_on', 'replied_on']).where('replied_on', 'is not', null));
  return {
    openTasks: count(core, open.select((eb) => eb.fn.countAll().as('n'))),
    overdueTasks: count(core, open.where('due_on', '<', today).select((eb) => eb.fn.countAll().as('n'))),
    answeredTasks: replies.length,
    // Calendar days, as the agency's reply time is reported (not working days).
    medianReplyDays: median(replies.map((r) => daysBetween(r.sent_on, r.replied_on!))),
  };
}

/** Cases where the agency is the respondent: closed ones, and those closed with a resolved outcome. */
function respondentFigures(core: Core, agencyId: string) {
  const closed = core.q.all(
    qb
      .selectFrom('case_agencies as ca')
      .innerJoin('cases', 'cases.id', 'ca.case_id')
      .select(['cases.id', 'cases.outcome'])
      .distinct()
      .where('ca.agency_id', '=', agencyId)
      .where('ca.role', '=', 'respondent')
      .where('ca.deleted_at', 'is', null)
      .where('cases.deleted_at', 'is', null)
      .where('cases.status', '=', 'closed'),
  );
  const resolved = closed.filter((c) => c.outcome !== null && RESOLVED_OUTCOMES.includes(c.outcome)).length;
  return { respondentClosed: closed.length, respondentResolved: resolved, resolutionRate: rate(resolved, closed.length) };
}

/** This calendar year's court figures: hearings and head appearances, attendance, open suggestions. */
function courtFigures(core: Core, agencyId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const hearings = core.q.first(
    qb
      .selectFrom('court_hearings')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('head_appeared').as('heads')])
      .where('agency_id', '=', agencyId)
      .where('deleted_at', 'is', null)
      .where('held_on', '>=', from)
      .where('held_on', '<=', to),
  );
  const n = Number(hearings?.n ?? 0);
  const heads = Number(hearings?.heads ?? 0);
  return {
    year,
    hearings: n,
    headAppearances: heads,
    appearanceRate: rate(heads, n),
    attendances: count(
      core,
      qb
        .selectFrom('hearing_attendance')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('agency_id', '=', agencyId)
        .where('attended_on', '>=', from)
        .where('attended_on', '<=', to),
    ),
    // Open whatever the year: a suggestion waits for its feedback until it comes.
    openSuggestions: count(
      core,
      qb
        .selectFrom('judicial_suggestions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('agency_id', '=', agencyId)
        .where('deleted_at', 'is', null)
        .where('feedback_on', 'is', null),
    ),
  };
}

/** The agency view's figures (issue 4, item 3), all time except the court ones (this year). */
export function agencyFigures(core: Core, agencyId: string): AgencyFigures {
  const today = core.today();
  return {
    casesByRole: casesByRole(core, agencyId),
    ...taskFigures(core, agencyId, today),
    ...respondentFigures(core, agencyId),
    ...courtFigures(core, agencyId, Number(today.slice(0, 4))),
  };
}
