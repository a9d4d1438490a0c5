import type { z } from 'zod';
import type { FieldIssue } from '../../contract/result';
import type { Task, TaskCreateSchema, TaskDueDateInputSchema, TaskUpdateSchema } from '../../contract/schemas/tasks';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field } from '../cases/messages';
import { addWorkingDays, isIsoDate, loadCalendar } from '../clocks';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { logTaskActivity } from './task-activity';
import { moveRefused, taskNotFound } from './task-messages';
import { getTask, liveTasks } from './task-read';

/**
 * Sending a coordination task (发出协调事项) and editing what was asked, of whom and by when.
 * The status moves are in task-status.ts.
 */

export type TaskCreateInput = z.output<typeof TaskCreateSchema>;
export type TaskUpdateInput = z.output<typeof TaskUpdateSchema>;

/** The due date of a task sent on `sentOn` with `workingDays` to answer (the day sent not counted). */
export function taskDueDate(core: Core, input: z.output<typeof TaskDueDateInputSchema>): { dueOn: string } {
  if (!isIsoDate(input.sentOn)) throw fieldErrors([field('sentOn', `日期 ${input.sentOn} 不存在`, `${input.sentOn} is not a calendar date`)]);
  return { dueOn: addWorkingDays(input.sentOn, input.workingDays, loadCalendar(core)) };
}

/** A live task row for a write; not found when it or its case is deleted. */
export function loadTaskRow(core: Core, id: string) {
  const row = core.q.first(liveTasks().selectAll('t').where('t.id', '=', id));
  if (!row) throw taskNotFound(id);
  return row;
}
export type TaskRow = ReturnType<typeof loadTaskRow>;

function agencyOf(core: Core, id: string) {
  return core.q.first(qb.selectFrom('agencies').select(['id', 'name', 'active']).where('id', '=', id).where('deleted_at', 'is', null));
}

/** The contact must be one of the agency's own, still active. */
function contactIssues(core: Core, contactId: string, agencyId: string): { issues: FieldIssue[]; contact: { id: string; name: string } | null } {
  const contact = core.q.first(qb.selectFrom('agency_contacts').select(['id', 'name', 'agency_id', 'active']).where('id', '=', contactId));
  if (!contact || contact.agency_id !== agencyId) {
    return { issues: [field('contactId', '联系人不属于所选单位', 'The contact does not belong to the chosen agency')], contact: null };
  }
  if (contact.active !== 1) {
    return { issues: [field('contactId', `联系人「${contact.name}」已停用`, `Contact "${contact.name}" is no longer active`)], contact: null };
  }
  return { issues: [], contact: { id: contact.id, name: contact.name } };
}

function dueIssues(dueOn: string, sentOn: string): FieldIssue[] {
  if (!isIsoDate(dueOn)) return [field('dueOn', `日期 ${dueOn} 不存在`, `${dueOn} is not a calendar date`)];
  if (dueOn < sentOn) return [field('dueOn', `办理期限不能早于发出日期（${sentOn}）`, `The due date cannot be before the day it was sent (${sentOn})`)];
  return [];
}

export function createTask(core: Core, actor: Actor, input: TaskCreateInput): Task {
  const id = writeTx(core, () => {
    const today = core.today();
    const issues: FieldIssue[] = [];
    const caseRow = input.caseId
      ? core.q.first(qb.selectFrom('cases').select(['id', 'case_number']).where('id', '=', input.caseId).where('deleted_at', 'is', null))
      : null;
    if (input.caseId && !caseRow) issues.push(field('caseId', '案件不存在或已删除', 'The case does not exist or was deleted'));
    const agency = agencyOf(core, input.agencyId);
    if (!agency) issues.push(field('agencyId', '单位不存在或已删除', 'The agency does not exist or was deleted'));
    else if (agency.active !== 1) issues.push(field('agencyId', `单位「${agency.name}」已停用`, `Agency "${agency.name}" is inactive`));
    let contact: { id: string; name: string } | null = null;
    if (input.contactId && agency) {
      const checked = contactIssues(core, input.contactId, input.agencyId);
      issues.push(...checked.issues);
      contact = checked.contact;
    }
    const sentOnValid = isIsoDate(input.sentOn);
    if (!sentOnValid) issues.push(field('sentOn', `日期 ${input.sentOn} 不存在`, `${input.sentOn} is not a calendar date`));
    else if (input.sentOn > today) issues.push(field('sentOn', `发出日期不能晚于今天（${today}）`, `The sending date cannot be after today (${today})`));
    const byDate = input.dueOn !== null && input.dueOn !== undefined;
    const byDays = input.dueInWorkingDays !== null && input.dueInWorkingDays !== undefined;
    let dueOn: string | null = null;
    if (byDate === byDays) {
      issues.push(
        field(
          'dueOn',
          '请给出办理期限：指定日期或工作日天数，二者选一',
          'Give the due date either as a date or as a number of working days (one of the two)',
        ),
      );
    } else if (byDate) {
      dueOn = input.dueOn!;
      if (sentOnValid) issues.push(...dueIssues(dueOn, input.sentOn));
    } else if (sentOnValid) {
      dueOn = addWorkingDays(input.sentOn, input.dueInWorkingDays!, loadCalendar(core));
    }
    if (issues.length > 0 || !agency || dueOn === null) throw fieldErrors(issues);

    const now = core.now();
    const taskId = core.newId();
    const values = {
      case_id: caseRow?.id ?? null,
      agency_id: agency.id,
      contact_id: contact?.id ?? null,
      request: input.request,
      sent_on: input.sentOn,
      due_on: dueOn,
    };
    core.q.run(
      qb.insertInto('coordination_tasks').values({
        id: taskId,
        ...values,
        meeting_id: null,
        action_item_id: null,
        status: 'sent',
        acknowledged_on: null,
        reply_text: null,
        replied_on: null,
        closed_on: null,
        last_reminded_at: null,
        reminder_count: 0,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    const activityId = logTaskActivity(core, actor.operatorId, {
      caseId: values.case_id,
      on: input.sentOn,
      description: `向${agency.name}发出协调事项：${input.request}（办理期限：${dueOn}）`,
      contact,
    });
    appendAudit(core.q, actor, now, {
      action: 'task.create',
      entity: 'coordination_tasks',
      entityId: taskId,
      detail: {
        ...values,
        caseNumber: caseRow?.case_number ?? null,
        agencyName: agency.name,
        dueInWorkingDays: byDays ? input.dueInWorkingDays : null,
        activityId,
      },
    });
    return taskId;
  });
  return getTask(core, id);
}

/**
 * Edits the request, the contact or the due date until the task is closed. The audit entry keeps
 * the before and after of each changed field.
 */
export function updateTask(core: Core, actor: Actor, input: TaskUpdateInput): Task {
  writeTx(core, () => {
    const before = loadTaskRow(core, input.id);
    if (before.status === 'closed') throw moveRefused(before, 'update');
    const issues: FieldIssue[] = [];
    const after = {
      request: input.request ?? before.request,
      contact_id: input.contactId !== undefined ? input.contactId : before.contact_id,
      due_on: input.dueOn ?? before.due_on,
    };
    if (input.contactId && input.contactId !== before.contact_id) issues.push(...contactIssues(core, input.contactId, before.agency_id).issues);
    if (input.dueOn !== undefined) issues.push(...dueIssues(input.dueOn, before.sent_on));
    if (issues.length > 0) throw fieldErrors(issues);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of ['request', 'contact_id', 'due_on'] as const) {
      if (before[key] !== after[key]) changes[key] = { before: before[key], after: after[key] };
    }
    if (Object.keys(changes).length === 0) return;
    const now = core.now();
    core.q.run(qb.updateTable('coordination_tasks').set({ ...after, updated_at: now }).where('id', '=', before.id));
    appendAudit(core.q, actor, now, {
      action: 'task.update',
      entity: 'coordination_tasks',
      entityId: before.id,
      detail: { caseId: before.case_id, agencyId: before.agency_id, changes },
    });
  });
  return getTask(core, input.id);
}
