import type { z } from 'zod';
import type {
  Task,
  TaskAcknowledgeSchema,
  TaskCloseSchema,
  TaskRemindSchema,
  TaskReplySchema,
  TaskStatus,
} from '../../contract/schemas/tasks';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { field } from '../cases/messages';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { logTaskActivity } from './task-activity';
import { dateIssues, moveRefused, type TaskMove } from './task-messages';
import { getTask } from './task-read';
import { loadTaskRow, type TaskRow } from './task-write';

/**
 * The status flow of a coordination task: sent → acknowledged (签收) → answered (答复) → closed
 * (办结). An agency may answer without ever acknowledging (sent → answered); the center may close
 * a task it no longer needs before an answer came (sent/acknowledged → closed) but must say why.
 * Reminders (催办) are for unanswered tasks only. Overdue is not a status: it is derived from the
 * due date (task-state.ts). Each move is one transaction with its audit entry; a task of a case
 * also gets a line in the case's activity log when it is answered or closed.
 */

const ALLOWED_FROM: Record<Exclude<TaskMove, 'update'>, readonly TaskStatus[]> = {
  acknowledge: ['sent'],
  reply: ['sent', 'acknowledged'],
  close: ['sent', 'acknowledged', 'answered'],
  remind: ['sent', 'acknowledged'],
};

function loadFor(core: Core, id: string, move: Exclude<TaskMove, 'update'>): TaskRow {
  const row = loadTaskRow(core, id);
  if (!ALLOWED_FROM[move].includes(row.status)) throw moveRefused(row, move);
  return row;
}

function contactOf(core: Core, row: TaskRow): { id: string; name: string } | null {
  if (!row.contact_id) return null;
  return core.q.first(qb.selectFrom('agency_contacts').select(['id', 'name']).where('id', '=', row.contact_id)) ?? null;
}

function agencyName(core: Core, row: TaskRow): string {
  return core.q.first(qb.selectFrom('agencies').select('name').where('id', '=', row.agency_id))?.name ?? '';
}

const SENT = { zh: '发出日期', en: 'sending date' };

export function acknowledgeTask(core: Core, actor: Actor, input: z.output<typeof TaskAcknowledgeSchema>): Task {
  writeTx(core, () => {
    const row = loadFor(core, input.id, 'acknowledge');
    const issues = dateIssues('on', input.on, { date: row.sent_on, ...SENT }, core.today());
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    core.q.run(qb.updateTable('coordination_tasks').set({ status: 'acknowledged', acknowledged_on: input.on, updated_at: now }).where('id', '=', row.id));
    appendAudit(core.q, actor, now, {
      action: 'task.acknowledge',
      entity: 'coordination_tasks',
      entityId: row.id,
      detail: { caseId: row.case_id, agencyId: row.agency_id, from: row.status, on: input.on },
    });
  });
  return getTask(core, input.id);
}

export function replyTask(core: Core, actor: Actor, input: z.output<typeof TaskReplySchema>): Task {
  writeTx(core, () => {
    const row = loadFor(core, input.id, 'reply');
    const notBefore = row.acknowledged_on
      ? { date: row.acknowledged_on, zh: '签收日期', en: 'acknowledgement date' }
      : { date: row.sent_on, ...SENT };
    const issues = dateIssues('repliedOn', input.repliedOn, notBefore, core.today());
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    core.q.run(
      qb
        .updateTable('coordination_tasks')
        .set({ status: 'answered', reply_text: input.replyText, replied_on: input.repliedOn, updated_at: now })
        .where('id', '=', row.id),
    );
    const activityId = logTaskActivity(core, actor.operatorId, {
      caseId: row.case_id,
      on: input.repliedOn,
      description: `${agencyName(core, row)}答复协调事项：${row.request}`,
      result: input.replyText,
      contact: contactOf(core, row),
    });
    appendAudit(core.q, actor, now, {
      action: 'task.reply',
      entity: 'coordination_tasks',
      entityId: row.id,
      detail: {
        caseId: row.case_id,
        agencyId: row.agency_id,
        from: row.status,
        repliedOn: input.repliedOn,
        replyText: input.replyText,
        late: input.repliedOn > row.due_on,
        activityId,
      },
    });
  });
  return getTask(core, input.id);
}

export function closeTask(core: Core, actor: Actor, input: z.output<typeof TaskCloseSchema>): Task {
  writeTx(core, () => {
    const row = loadFor(core, input.id, 'close');
    const notBefore = row.replied_on
      ? { date: row.replied_on, zh: '答复日期', en: 'reply date' }
      : row.acknowledged_on
        ? { date: row.acknowledged_on, zh: '签收日期', en: 'acknowledgement date' }
        : { date: row.sent_on, ...SENT };
    const issues = dateIssues('on', input.on, notBefore, core.today());
    if (row.status !== 'answered' && !input.note) {
      issues.push(field('note', '该事项尚未答复，办结时请说明理由', 'The task was never answered: say why it is being closed'));
    }
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    core.q.run(qb.updateTable('coordination_tasks').set({ status: 'closed', closed_on: input.on, updated_at: now }).where('id', '=', row.id));
    const activityId = logTaskActivity(core, actor.operatorId, {
      caseId: row.case_id,
      on: input.on,
      description: `协调事项办结（${agencyName(core, row)}）：${row.request}`,
      result: input.note ?? null,
      contact: contactOf(core, row),
    });
    appendAudit(core.q, actor, now, {
      action: 'task.close',
      entity: 'coordination_tasks',
      entityId: row.id,
      detail: { caseId: row.case_id, agencyId: row.agency_id, from: row.status, on: input.on, note: input.note ?? null, activityId },
    });
  });
  return getTask(core, input.id);
}

/** 催办: counts a reminder sent now (by phone, letter or a printed supervision notice). */
export function remindTask(core: Core, actor: Actor, input: z.output<typeof TaskRemindSchema>): Task {
  writeTx(core, () => {
    const row = loadFor(core, input.id, 'remind');
    const now = core.now();
    core.q.run(
      qb
        .updateTable('coordination_tasks')
        .set({ reminder_count: row.reminder_count + 1, last_reminded_at: now, updated_at: now })
        .where('id', '=', row.id),
    );
    appendAudit(core.q, actor, now, {
      action: 'task.remind',
      entity: 'coordination_tasks',
      entityId: row.id,
      detail: { caseId: row.case_id, agencyId: row.agency_id, reminderCount: row.reminder_count + 1, note: input.note ?? null },
    });
  });
  return getTask(core, input.id);
}
