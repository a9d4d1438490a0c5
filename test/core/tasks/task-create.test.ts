import { describe, expect, it } from 'vitest';
import { createTask, taskDueDate, updateTask } from '../../../electron/core/tasks/task-write';
import { auditEntries, caught, one } from '../cases/fixture';
import { sendTask, taskFixture } from './fixture';

describe('sending a coordination task', () => {
  it('counts a due date given in working days on the holiday calendar (29 September + 3 → 9 October)', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f, { dueInWorkingDays: 3 });
    expect(task).toMatchObject({
      caseId: f.caseId,
      caseNumber: f.caseNumber,
      caseTitle: '王某诉市自然资源和规划局房屋征收补偿决定案',
      agencyName: '秦皇岛市自然资源和规划局',
      contactName: '李法制',
      sentOn: '2026-09-29',
      dueOn: '2026-10-09',
      status: 'sent',
      state: 'due_soon',
      daysLeft: 3,
      reminderCount: 0,
    });
    expect(taskDueDate(f.core, { sentOn: '2026-09-29', workingDays: 3 })).toEqual({ dueOn: '2026-10-09' });
    expect(auditEntries(f.core, 'task.create')[0]).toMatchObject({
      entity_id: task.id,
      operator_name: '张协调',
      detail: { due_on: '2026-10-09', dueInWorkingDays: 3, caseNumber: f.caseNumber, agencyName: '秦皇岛市自然资源和规划局' },
    });
  });

  it('takes a due date given as a date, and a task without a case or contact', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f, { caseId: null, contactId: null, dueInWorkingDays: null, dueOn: '2026-10-30', sentOn: '2026-09-28' });
    expect(task).toMatchObject({ caseId: null, caseNumber: null, contactId: null, contactName: null, sentOn: '2026-09-28', dueOn: '2026-10-30', state: 'sent' });
  });

  it('names every problem at once: unknown case, inactive agency, sending date in the future, no due date', async () => {
    const f = await taskFixture('2026-09-29');
    const e = caught(() =>
      createTask(f.core, f.actor, { caseId: 'nope', agencyId: f.inactiveAgency, request: '请答复', sentOn: '2026-09-30' }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.fields!.map((x) => x.path)).toEqual(['caseId', 'agencyId', 'sentOn', 'dueOn']);
    expect(e.fields![1]!.message['zh-CN']).toBe('单位「秦皇岛市已撤销局」已停用');
    expect(one<{ n: number }>(f.core, 'SELECT count(*) AS n FROM coordination_tasks').n).toBe(0);
  });

  it('refuses a deleted case, an unknown agency, and a due date both ways or before the sending date', async () => {
    const f = await taskFixture('2026-09-29');
    f.core.sqlite.prepare('UPDATE cases SET deleted_at = ? WHERE id = ?').run(f.core.now(), f.caseId);
    expect(caught(() => sendTask(f)).fields!.map((x) => x.path)).toEqual(['caseId']);
    expect(caught(() => sendTask(f, { caseId: null, agencyId: 'nope', contactId: null })).fields!.map((x) => x.path)).toEqual(['agencyId']);
    const both = caught(() => sendTask(f, { caseId: null, dueOn: '2026-10-30', dueInWorkingDays: 3 }));
    expect(both.fields!.map((x) => x.message.en)).toEqual(['Give the due date either as a date or as a number of working days (one of the two)']);
    const early = caught(() => sendTask(f, { caseId: null, dueOn: '2026-09-28', dueInWorkingDays: null }));
    expect(early.fields!.map((x) => `${x.path}: ${x.message.en}`)).toEqual(['dueOn: The due date cannot be before the day it was sent (2026-09-29)']);
  });

  it("takes only the agency's own, active contacts", async () => {
    const f = await taskFixture('2026-09-29');
    const other = caught(() => sendTask(f, { contactId: f.contacts.lead }));
    expect(other.fields!.map((x) => `${x.path}: ${x.message['zh-CN']}`)).toEqual(['contactId: 联系人不属于所选单位']);
    const retired = caught(() => sendTask(f, { contactId: f.contacts.retired }));
    expect(retired.fields!.map((x) => x.path)).toEqual(['contactId']);
    expect(sendTask(f, { agencyId: f.agencies.lead, contactId: f.contacts.lead }).contactName).toBe('王联络');
  });
});

describe('editing a coordination task', () => {
  it('changes the request, contact and due date, keeping before and after in the audit log', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f);
    const edited = updateTask(f.core, f.actor, { id: task.id, request: '请补充提供评估报告原件', contactId: null, dueOn: '2026-10-16' });
    expect(edited).toMatchObject({ request: '请补充提供评估报告原件', contactId: null, contactName: null, dueOn: '2026-10-16', state: 'sent' });
    expect(auditEntries(f.core, 'task.update')[0]!.detail).toMatchObject({
      changes: {
        request: { before: '请书面说明房屋面积认定的事实和依据，并提供评估报告', after: '请补充提供评估报告原件' },
        contact_id: { before: f.contacts.respondent, after: null },
        due_on: { before: '2026-10-09', after: '2026-10-16' },
      },
    });
    // Nothing changed: nothing written.
    updateTask(f.core, f.actor, { id: task.id, dueOn: '2026-10-16' });
    expect(auditEntries(f.core, 'task.update')).toHaveLength(1);
  });

  it("refuses another agency's contact and a due date before the sending date", async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f);
    const e = caught(() => updateTask(f.core, f.actor, { id: task.id, contactId: f.contacts.lead, dueOn: '2026-09-01' }));
    expect(e.fields!.map((x) => x.path)).toEqual(['contactId', 'dueOn']);
  });
});
