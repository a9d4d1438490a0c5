import type { ActionItem } from '../../contract/schemas/meetings';
import type { Core } from '../core';
import { qb, type Row } from '../db/query';

/**
 * Reading action items (督办事项) with their case, agency, contact and the coordination task each
 * became (coordination_tasks.action_item_id), for the meeting page, the minutes and the pack.
 */

function actionItemQuery() {
  return qb
    .selectFrom('action_items as ai')
    .innerJoin('meetings as m', 'm.id', 'ai.meeting_id')
    .leftJoin('cases as c', 'c.id', 'ai.case_id')
    .leftJoin('agencies as a', 'a.id', 'ai.agency_id')
    .leftJoin('agency_contacts as k', 'k.id', 'ai.contact_id')
    .leftJoin('coordination_tasks as t', 't.action_item_id', 'ai.id')
    .where('m.deleted_at', 'is', null)
    .select([
      'ai.id',
      'ai.meeting_id',
      'ai.agenda_item_id',
      'ai.case_id',
      'c.case_number',
      'ai.agency_id',
      'a.name as agency_name',
      'ai.contact_id',
      'k.name as contact_name',
      'ai.description',
      'ai.due_on',
      'ai.status',
      't.id as task_id',
      't.status as task_status',
      't.deleted_at as task_deleted_at',
    ]);
}

type ActionItemRow = Row<ReturnType<typeof actionItemQuery>>;

function toActionItem(r: ActionItemRow): ActionItem {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    caseId: r.case_id,
    caseNumber: r.case_number ?? null,
    agencyId: r.agency_id,
    agencyName: r.agency_name ?? null,
    contactId: r.contact_id,
    contactName: r.contact_name ?? null,
    description: r.description,
    dueOn: r.due_on,
    status: r.status,
    taskId: r.task_id ?? null,
    taskStatus: r.task_status ?? null,
  };
}

/** The meeting's own action items, in the order they were recorded. */
export function meetingActionItems(core: Core, meetingId: string): ActionItem[] {
  return core.q.all(actionItemQuery().where('ai.meeting_id', '=', meetingId).orderBy('ai.id')).map(toActionItem);
}

/**
 * What carries over into a meeting: the open action items of EARLIER meetings (by start time) of
 * the same series that are still owed — their task is not answered or closed yet, or no task was
 * made yet (minutes not finalised). A task deleted with its case is owed to no one any more.
 */
export function carriedOverItems(core: Core, meeting: { id: string; series_id: string | null; starts_at: string }): ActionItem[] {
  if (meeting.series_id === null) return [];
  return core.q
    .all(
      actionItemQuery()
        .where('m.series_id', '=', meeting.series_id)
        .where('m.starts_at', '<', meeting.starts_at)
        .where('m.id', '!=', meeting.id)
        .where('ai.status', '=', 'open')
        .where((eb) =>
          eb.or([eb('t.id', 'is', null), eb.and([eb('t.deleted_at', 'is', null), eb('t.status', 'in', ['sent', 'acknowledged'])])]),
        )
        .orderBy('m.starts_at')
        .orderBy('ai.id'),
    )
    .map(toActionItem);
}
