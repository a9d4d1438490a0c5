import { sql, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Task, TaskListInputSchema } from '../../contract/schemas/tasks';
import { loadCalendar, type HolidayCalendar } from '../clocks';
import type { Core } from '../core';
import { qb, type Row } from '../db/query';
import type { DB } from '../db/schema';
import { assertNever } from '../errors';
import { taskNotFound } from './task-messages';
import { taskState } from './task-state';

/**
 * Reading coordination tasks (协调事项): one row shape joined with the agency, the contact and the
 * case, mapped to the contract's Task with its live state for today (task-state.ts).
 */

export type TaskListInput = z.output<typeof TaskListInputSchema>;

type TaskQuery = SelectQueryBuilder<DB & { t: DB['coordination_tasks'] }, 't', object>;

/**
 * Tasks not deleted, whose case (if any) is not deleted either: a task of a deleted case is not
 * owed to anyone any more.
 */
export function liveTasks(): TaskQuery {
  return qb
    .selectFrom('coordination_tasks as t')
    .where('t.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('t.case_id', 'is', null),
        eb.not(eb.exists(eb.selectFrom('cases as dc').select('dc.id').whereRef('dc.id', '=', 't.case_id').where('dc.deleted_at', 'is not', null))),
      ]),
    );
}

function withColumns(query: TaskQuery) {
  return query
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .leftJoin('agency_contacts as k', 'k.id', 't.contact_id')
    .leftJoin('cases as c', 'c.id', 't.case_id')
    .select([
      't.id',
      't.case_id',
      'c.case_number',
      'c.title as case_title',
      't.meeting_id',
      't.agency_id',
      'a.name as agency_name',
      't.contact_id',
      'k.name as contact_name',
      't.request',
      't.sent_on',
      't.due_on',
      't.status',
      't.acknowledged_on',
      't.reply_text',
      't.replied_on',
      't.closed_on',
      't.reminder_count',
      't.last_reminded_at',
    ]);
}

type TaskRow = Row<ReturnType<typeof withColumns>>;

export function toTask(r: TaskRow, today: string, calendar: HolidayCalendar): Task {
  const live = taskState({ status: r.status, dueOn: r.due_on }, today, calendar);
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number ?? null,
    caseTitle: r.case_title ?? null,
    meetingId: r.meeting_id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    contactId: r.contact_id,
    contactName: r.contact_name ?? null,
    request: r.request,
    sentOn: r.sent_on,
    dueOn: r.due_on,
    status: r.status,
    state: live.state,
    overdue: live.overdue,
    daysLeft: live.daysLeft,
    acknowledgedOn: r.acknowledged_on,
    replyText: r.reply_text,
    repliedOn: r.replied_on,
    closedOn: r.closed_on,
    reminderCount: r.reminder_count,
    lastRemindedAt: r.last_reminded_at,
  };
}

/** Tasks matching `query` in its order, with their state for `today`. */
export function readTasks(core: Core, query: TaskQuery, calendar = loadCalendar(core), today = core.today()): Task[] {
  return core.q.all(withColumns(query)).map((r) => toTask(r, today, calendar));
}

export function getTask(core: Core, id: string): Task {
  const [task] = readTasks(core, liveTasks().where('t.id', '=', id));
  if (!task) throw taskNotFound(id);
  return task;
}

/** Substring, case-insensitive for Latin letters; instr() needs no LIKE escaping of % and _. */
function contains(column: string, needle: string) {
  return sql<boolean>`instr(lower(${sql.ref(column)}), ${needle.toLowerCase()}) > 0`;
}

/**
 * The task list: open (sent or acknowledged, overdue ones included), overdue, answered, closed or
 * all, narrowed by agency, case and text (the request, the agency's name, the case number),
 * soonest due first, with the total before the limit.
 */
export function listTasks(core: Core, input: TaskListInput): { total: number; items: Task[] } {
  const today = core.today();
  let query = liveTasks();
  switch (input.filter) {
    case 'open':
      query = query.where('t.status', 'in', ['sent', 'acknowledged']);
      break;
    case 'overdue':
      query = query.where('t.status', 'in', ['sent', 'acknowledged']).where('t.due_on', '<', today);
      break;
    case 'answered':
      query = query.where('t.status', '=', 'answered');
      break;
    case 'closed':
      query = query.where('t.status', '=', 'closed');
      break;
    case 'all':
      break;
    default:
      assertNever(input.filter, 'task filter');
  }
  if (input.agencyId) query = query.where('t.agency_id', '=', input.agencyId);
  if (input.caseId) query = query.where('t.case_id', '=', input.caseId);
  const text = input.query?.trim();
  if (text) {
    query = query.where((eb) =>
      eb.or([
        contains('t.request', text),
        eb.exists(
          eb
            .selectFrom('agencies as qa')
            .select('qa.id')
            .whereRef('qa.id', '=', 't.agency_id')
            .where((e) => e.or([contains('qa.name', text), contains('qa.short_name', text)])),
        ),
        eb.exists(eb.selectFrom('cases as qc').select('qc.id').whereRef('qc.id', '=', 't.case_id').where(contains('qc.case_number', text))),
      ]),
    );
  }
  const total = core.q.first(query.select(sql<number>`count(*)`.as('n')))?.n ?? 0;
  const items = readTasks(core, query.orderBy('t.due_on').orderBy('t.sent_on').orderBy('t.id').limit(input.limit));
  return { total, items };
}
