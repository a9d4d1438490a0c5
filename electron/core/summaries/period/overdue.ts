import type { PeriodFigures } from '../../../contract/schemas/period-summary';
import type { Core } from '../../core';
import { daysBetween } from '../../dates';
import { qb } from '../../db/query';
import type { SummaryPeriod } from './period';

/**
 * What was overdue at the period's end (its last day, or today while it runs), judged by dates so
 * that a later completion or reply does not clear the record:
 *
 * Clocks (办理期限) of live cases: started by then (trigger_on), due before then, not completed by
 * then, and not suspended on that day (an open suspension's stored due date lags; a suspended
 * clock is not running, so it cannot be late). The due date is the stored one, which every
 * suspension, extension and calendar change has already moved. Cancelled clocks are left out:
 * nothing is owed on them, and the day they were cancelled is not recorded.
 *
 * Coordination tasks: the quarterly notice's rule (linkage/quarterly.ts) — sent by then, due
 * before then, neither answered nor closed by then.
 *
 * Both lists are ordered most overdue first. They hold only what was late, so they stay short
 * next to the case counts even in a large center.
 */
export function overdueAtEnd(core: Core, p: SummaryPeriod): PeriodFigures['overdue'] {
  const asOf = p.asOf;
  const clocks = core.q.all(
    qb
      .selectFrom('clocks as k')
      .innerJoin('cases as c', 'c.id', 'k.case_id')
      .leftJoin('workflow_steps as s', 's.id', 'k.step_id')
      .select(['k.id', 'k.case_id', 'k.kind', 'k.due_on', 'c.case_number', 'c.title', 's.name as step_name'])
      .where('c.deleted_at', 'is', null)
      // IN rather than <> 'cancelled': SQLite then drives the query from clocks_open(status, due_on).
      .where('k.status', 'in', ['open', 'met', 'missed'])
      .where('k.trigger_on', '<=', asOf)
      .where('k.due_on', '<', asOf)
      .where((eb) => eb.or([eb('k.completed_on', 'is', null), eb('k.completed_on', '>', asOf)]))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('clock_adjustments as a')
              .select('a.id')
              .whereRef('a.clock_id', '=', 'k.id')
              .where('a.kind', '=', 'suspension')
              .where('a.from_on', '<=', asOf)
              .where((eb) => eb.or([eb('a.to_on', 'is', null), eb('a.to_on', '>', asOf)])),
          ),
        ),
      )
      .orderBy('k.due_on')
      .orderBy('c.case_number'),
  );
  const tasks = core.q.all(
    qb
      .selectFrom('coordination_tasks as t')
      .innerJoin('agencies as a', 'a.id', 't.agency_id')
      .leftJoin('cases as c', 'c.id', 't.case_id')
      .select(['t.id', 't.agency_id', 'a.name as agency_name', 't.case_id', 'c.case_number', 't.request', 't.sent_on', 't.due_on'])
      .where('t.deleted_at', 'is', null)
      .where('t.sent_on', '<=', asOf)
      .where('t.due_on', '<', asOf)
      .where((eb) => eb.or([eb('t.replied_on', 'is', null), eb('t.replied_on', '>', asOf)]))
      .where((eb) => eb.or([eb('t.closed_on', 'is', null), eb('t.closed_on', '>', asOf)]))
      .orderBy('t.due_on')
      .orderBy('a.name'),
  );
  return {
    clocks: clocks.map((k) => ({
      clockId: k.id,
      caseId: k.case_id,
      caseNumber: k.case_number,
      caseTitle: k.title,
      kind: k.kind,
      stepName: k.step_name,
      dueOn: k.due_on,
      daysOverdue: daysBetween(k.due_on, asOf),
    })),
    tasks: tasks.map((t) => ({
      taskId: t.id,
      agencyId: t.agency_id,
      agencyName: t.agency_name,
      caseId: t.case_id,
      caseNumber: t.case_number,
      request: t.request,
      sentOn: t.sent_on,
      dueOn: t.due_on,
      daysOverdue: daysBetween(t.due_on, asOf),
    })),
  };
}
