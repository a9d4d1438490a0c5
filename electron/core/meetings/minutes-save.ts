import type { z } from 'zod';
import type { FieldIssue } from '../../contract/result';
import type { MeetingDetail, MinutesSaveSchema } from '../../contract/schemas/meetings';
import { appendAudit, type Actor } from '../audit/audit-log';
import { writeTx } from '../cases/case-rows';
import { conflict, field } from '../cases/messages';
import { isIsoDate } from '../clocks';
import type { Core } from '../core';
import { qb } from '../db/query';
import { fieldErrors } from '../errors';
import { createActionItemTasks } from './action-tasks';
import { getMeetingDetail, loadMeetingRow, type MeetingRow } from './meeting-detail';
import { changeStatus } from './meeting-status';
import { chinaDateOf } from './meeting-time';

/**
 * Minutes (会议纪要): the summary, who attended (signed in), per agenda item the discussion and
 * the decision, and the action items (督办事项: which agency, which contact, what, by when).
 *
 * Until finalised everything can be edited, and the action items are sent as the full list.
 * Finalising marks the meeting held (it must have started), stamps the minutes and turns every
 * action item into a coordination task (action-tasks.ts). After that the minutes are the record:
 * only new action items may be added (each becomes a task at once); anything sent that differs
 * from what is stored is refused. Existing items left out of the list are kept, so the form may
 * send only the additions.
 */

export type MinutesSaveInput = z.output<typeof MinutesSaveSchema>;
type ActionInput = MinutesSaveInput['actionItems'][number];

interface ActionValues {
  agenda_item_id: string | null;
  case_id: string | null;
  agency_id: string;
  contact_id: string | null;
  description: string;
  due_on: string;
}

function cancelledRefusal(meeting: MeetingRow) {
  return conflict(`会议「${meeting.title}」已取消，不能填写会议纪要`, `The meeting "${meeting.title}" is cancelled; it has no minutes`, { status: 'cancelled' });
}

function finalisedRefusal(at: string) {
  const day = chinaDateOf(at);
  return conflict(
    `会议纪要已于${day}定稿，只能补充督办事项`,
    `The minutes were finalised on ${day}; only new action items can be added`,
    { finalisedAt: at },
  );
}

function attendanceIssues(core: Core, meeting: MeetingRow, input: MinutesSaveInput): FieldIssue[] {
  const own = new Set(core.q.all(qb.selectFrom('meeting_invitees').select('id').where('meeting_id', '=', meeting.id)).map((r) => r.id));
  return input.attendance.flatMap((a, i) =>
    own.has(a.inviteeId) ? [] : [field(`attendance.${i}.inviteeId`, '该参会人员不在本会议的邀请名单中', 'This person is not on the meeting’s invitation list')],
  );
}

function agendaCases(core: Core, meeting: MeetingRow): Map<string, string | null> {
  return new Map(core.q.all(qb.selectFrom('agenda_items').select(['id', 'case_id']).where('meeting_id', '=', meeting.id)).map((r) => [r.id, r.case_id]));
}

function itemIssues(input: MinutesSaveInput, agenda: Map<string, string | null>): FieldIssue[] {
  return input.items.flatMap((it, i) =>
    agenda.has(it.agendaItemId) ? [] : [field(`items.${i}.agendaItemId`, '议程项不属于本会议', 'The agenda item is not one of this meeting’s')],
  );
}

/** Checks one action item and resolves it to the row values (its case defaults to the agenda item's). */
function actionValues(core: Core, a: ActionInput, path: string, meetingDate: string, agenda: Map<string, string | null>, issues: FieldIssue[]): ActionValues {
  const agendaItemId = a.agendaItemId ?? null;
  if (agendaItemId !== null && !agenda.has(agendaItemId)) {
    issues.push(field(`${path}.agendaItemId`, '议程项不属于本会议', 'The agenda item is not one of this meeting’s'));
  }
  const caseId = a.caseId ?? (agendaItemId !== null ? (agenda.get(agendaItemId) ?? null) : null);
  if (caseId !== null && !core.q.first(qb.selectFrom('cases').select('id').where('id', '=', caseId).where('deleted_at', 'is', null))) {
    issues.push(field(`${path}.caseId`, '所选案件不存在或已删除', 'The chosen case does not exist or was deleted'));
  }
  const agency = core.q.first(qb.selectFrom('agencies').select(['name', 'active']).where('id', '=', a.agencyId).where('deleted_at', 'is', null));
  if (!agency) issues.push(field(`${path}.agencyId`, '请选择承办单位（所选单位不存在）', 'Choose the agency (the chosen one does not exist)'));
  else if (agency.active !== 1) issues.push(field(`${path}.agencyId`, `单位「${agency.name}」已停用`, `Agency "${agency.name}" is inactive`));
  const contactId = a.contactId ?? null;
  if (contactId !== null) {
    const contact = core.q.first(qb.selectFrom('agency_contacts').select(['name', 'agency_id', 'active']).where('id', '=', contactId));
    if (!contact || contact.agency_id !== a.agencyId) {
      issues.push(field(`${path}.contactId`, '联系人不属于所选单位', 'The contact does not belong to the chosen agency'));
    } else if (contact.active !== 1) {
      issues.push(field(`${path}.contactId`, `联系人「${contact.name}」已停用`, `Contact "${contact.name}" is no longer active`));
    }
  }
  if (!isIsoDate(a.dueOn)) issues.push(field(`${path}.dueOn`, `日期 ${a.dueOn} 不存在`, `${a.dueOn} is not a calendar date`));
  else if (a.dueOn < meetingDate) {
    issues.push(field(`${path}.dueOn`, `完成期限不能早于会议日期（${meetingDate}）`, `The due date cannot be before the meeting date (${meetingDate})`));
  }
  return { agenda_item_id: agendaItemId, case_id: caseId, agency_id: a.agencyId, contact_id: contactId, description: a.description, due_on: a.dueOn };
}

function storedActions(core: Core, meetingId: string) {
  return core.q.all(
    qb
      .selectFrom('action_items as ai')
      .leftJoin('coordination_tasks as t', 't.action_item_id', 'ai.id')
      .select(['ai.id', 'ai.agenda_item_id', 'ai.case_id', 'ai.agency_id', 'ai.contact_id', 'ai.description', 'ai.due_on', 't.id as task_id'])
      .where('ai.meeting_id', '=', meetingId),
  );
}
type StoredAction = ReturnType<typeof storedActions>[number];

const ACTION_KEYS = ['agenda_item_id', 'case_id', 'agency_id', 'contact_id', 'description', 'due_on'] as const;

function sameAction(row: StoredAction, v: ActionValues): boolean {
  return ACTION_KEYS.every((k) => row[k] === v[k]);
}

function insertAction(core: Core, meetingId: string, v: ActionValues, now: string): string {
  const id = core.newId();
  core.q.run(qb.insertInto('action_items').values({ id, meeting_id: meetingId, ...v, status: 'open', created_at: now, updated_at: now }));
  return id;
}

interface Checked {
  /** Per input item: its stored id (if any) and the resolved values. */
  actions: { id: string | null; values: ActionValues }[];
  stored: StoredAction[];
}

function check(core: Core, meeting: MeetingRow, input: MinutesSaveInput): Checked {
  const agenda = agendaCases(core, meeting);
  const stored = storedActions(core, meeting.id);
  const own = new Set(stored.map((s) => s.id));
  const meetingDate = chinaDateOf(meeting.starts_at);
  const issues: FieldIssue[] = [...attendanceIssues(core, meeting, input), ...itemIssues(input, agenda)];
  const seen = new Set<string>();
  const actions = input.actionItems.map((a, i) => {
    const path = `actionItems.${i}`;
    if (a.id !== undefined && (!own.has(a.id) || seen.has(a.id))) {
      issues.push(field(`${path}.id`, '督办事项不属于本会议', 'The action item is not one of this meeting’s'));
    }
    if (a.id !== undefined) seen.add(a.id);
    return { id: a.id ?? null, values: actionValues(core, a, path, meetingDate, agenda, issues) };
  });
  if (issues.length > 0) throw fieldErrors(issues);
  return { actions, stored };
}

/** Writes summary, attendance, discussion/decision and the full action item list (not finalised yet). */
function writeDraft(core: Core, actor: Actor, meeting: MeetingRow, input: MinutesSaveInput, checked: Checked, now: string) {
  const minutes = core.q.first(qb.selectFrom('minutes').select('id').where('meeting_id', '=', meeting.id));
  if (minutes) {
    core.q.run(qb.updateTable('minutes').set({ summary: input.summary, recorded_by: actor.operatorId, updated_at: now }).where('id', '=', minutes.id));
  } else {
    core.q.run(
      qb.insertInto('minutes').values({
        id: core.newId(),
        meeting_id: meeting.id,
        summary: input.summary,
        recorded_by: actor.operatorId,
        finalised_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
  }
  for (const a of input.attendance) {
    const row = core.q.first(qb.selectFrom('meeting_invitees').select(['attended', 'signed_in_at']).where('id', '=', a.inviteeId))!;
    // The sign-in time is when attendance was first recorded; it stays if the form is saved again.
    const signedInAt = a.attended ? (row.signed_in_at ?? now) : null;
    core.q.run(
      qb
        .updateTable('meeting_invitees')
        .set({ attended: a.attended ? 1 : 0, signed_in_at: signedInAt, updated_at: now })
        .where('id', '=', a.inviteeId),
    );
  }
  for (const it of input.items) {
    core.q.run(qb.updateTable('agenda_items').set({ discussion: it.discussion, decision: it.decision, updated_at: now }).where('id', '=', it.agendaItemId));
  }
  const kept = new Set<string>();
  const added: string[] = [];
  for (const a of checked.actions) {
    const row = a.id ? checked.stored.find((s) => s.id === a.id) : undefined;
    if (!row) {
      added.push(insertAction(core, meeting.id, a.values, now));
      continue;
    }
    kept.add(row.id);
    if (!sameAction(row, a.values)) core.q.run(qb.updateTable('action_items').set({ ...a.values, updated_at: now }).where('id', '=', row.id));
  }
  const removed = checked.stored.filter((s) => !kept.has(s.id));
  for (const r of removed) {
    // Tasks exist only once minutes are finalised, but a linked item must never lose its task.
    if (r.task_id !== null) throw conflict('该督办事项已转为协调事项，不能删除', 'This action item already became a coordination task; it cannot be removed');
    core.q.run(qb.deleteFrom('action_items').where('id', '=', r.id));
  }
  return { added, removed: removed.map((r) => r.id) };
}

/** After finalising: refuse any change to what is recorded; add the new action items. */
function writeAdditions(core: Core, meeting: MeetingRow, input: MinutesSaveInput, checked: Checked, finalisedAt: string, now: string): string[] {
  const minutes = core.q.first(qb.selectFrom('minutes').select('summary').where('meeting_id', '=', meeting.id))!;
  // A null summary means the form did not send one (the schema cannot tell "cleared" from "left out").
  if (input.summary !== null && input.summary !== minutes.summary) throw finalisedRefusal(finalisedAt);
  for (const a of input.attendance) {
    const row = core.q.first(qb.selectFrom('meeting_invitees').select('attended').where('id', '=', a.inviteeId))!;
    if (row.attended !== (a.attended ? 1 : 0)) throw finalisedRefusal(finalisedAt);
  }
  for (const it of input.items) {
    const row = core.q.first(qb.selectFrom('agenda_items').select(['discussion', 'decision']).where('id', '=', it.agendaItemId))!;
    if (row.discussion !== it.discussion || row.decision !== it.decision) throw finalisedRefusal(finalisedAt);
  }
  const added: string[] = [];
  for (const a of checked.actions) {
    const row = a.id ? checked.stored.find((s) => s.id === a.id) : undefined;
    if (!row) added.push(insertAction(core, meeting.id, a.values, now));
    else if (!sameAction(row, a.values)) throw finalisedRefusal(finalisedAt);
  }
  return added;
}

export function saveMinutes(core: Core, actor: Actor, input: MinutesSaveInput): MeetingDetail {
  writeTx(core, () => {
    const meeting = loadMeetingRow(core, input.meetingId);
    if (meeting.status === 'cancelled') throw cancelledRefusal(meeting);
    const checked = check(core, meeting, input);
    const now = core.now();
    const finalisedAt = core.q.first(qb.selectFrom('minutes').select('finalised_at').where('meeting_id', '=', meeting.id))?.finalised_at ?? null;

    if (finalisedAt !== null) {
      const added = writeAdditions(core, meeting, input, checked, finalisedAt, now);
      // Re-finalising is harmless: only items without a task get one.
      const tasks = added.length > 0 || input.finalise ? createActionItemTasks(core, actor, meeting) : [];
      if (added.length > 0 || tasks.length > 0) {
        appendAudit(core.q, actor, now, { action: 'minutes.add_actions', entity: 'meetings', entityId: meeting.id, detail: { title: meeting.title, actionItems: added, tasks } });
      }
      return;
    }

    const { added, removed } = writeDraft(core, actor, meeting, input, checked, now);
    let tasks: string[] = [];
    if (input.finalise) {
      changeStatus(core, actor, meeting, 'held', null, now);
      core.q.run(qb.updateTable('minutes').set({ finalised_at: now, updated_at: now }).where('meeting_id', '=', meeting.id));
      tasks = createActionItemTasks(core, actor, meeting);
    }
    appendAudit(core.q, actor, now, {
      action: input.finalise ? 'minutes.finalise' : 'minutes.save',
      entity: 'meetings',
      entityId: meeting.id,
      detail: {
        title: meeting.title,
        summary: input.summary !== null,
        attendance: input.attendance.map((a) => ({ inviteeId: a.inviteeId, attended: a.attended })),
        items: input.items.map((it) => it.agendaItemId),
        actionItemsAdded: added,
        actionItemsRemoved: removed,
        tasks,
      },
    });
  });
  return getMeetingDetail(core, input.meetingId);
}
