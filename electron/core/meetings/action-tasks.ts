import type { Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import { createTask } from '../tasks/task-write';
import type { MeetingRow } from './meeting-detail';
import { chinaDateOf } from './meeting-time';

/**
 * Action items become coordination tasks (协调事项) through the task service, so a task from a
 * meeting is sent, logged on the case and audited exactly like one sent by hand. It is sent on
 * the meeting date, due on the item's due date, asks what the item says, and is linked to the
 * case, the meeting and the item (coordination_tasks.meeting_id / action_item_id).
 *
 * Only items without a task get one, so finalising twice (or adding an item after finalising)
 * never makes a second task for the same item. Call inside the minutes' write transaction: the
 * task service's own transaction becomes a savepoint of it.
 */
export function createActionItemTasks(core: Core, actor: Actor, meeting: MeetingRow): string[] {
  const pending = core.q.all(
    qb
      .selectFrom('action_items as ai')
      .leftJoin('coordination_tasks as t', 't.action_item_id', 'ai.id')
      .select(['ai.id', 'ai.case_id', 'ai.agency_id', 'ai.contact_id', 'ai.description', 'ai.due_on'])
      .where('ai.meeting_id', '=', meeting.id)
      .where('t.id', 'is', null)
      .orderBy('ai.id'),
  );
  const sentOn = chinaDateOf(meeting.starts_at);
  const created: string[] = [];
  for (const item of pending) {
    // Minutes validation requires both; the checks only guard rows written some other way.
    if (item.agency_id === null || item.due_on === null) continue;
    const task = createTask(core, actor, {
      caseId: item.case_id,
      agencyId: item.agency_id,
      contactId: item.contact_id,
      request: item.description,
      sentOn,
      dueOn: item.due_on,
    });
    // The task service creates tasks without these links; the meeting sets them on its own tasks.
    core.q.run(qb.updateTable('coordination_tasks').set({ meeting_id: meeting.id, action_item_id: item.id }).where('id', '=', task.id));
    created.push(task.id);
  }
  return created;
}
