import { describe, expect, it } from 'vitest';
import type { Task } from '../../../electron/contract/schemas/tasks';
import { acknowledgeTask, closeTask, remindTask, replyTask } from '../../../electron/core/tasks/task-status';
import { updateTask } from '../../../electron/core/tasks/task-write';
import { all, auditEntries, caught } from '../cases/fixture';
import { sendTask, setToday, taskFixture, type TaskFixture } from './fixture';

/** A task sent on 2026-09-29 and, as asked, moved on to acknowledged / answered / closed. */
async function taskIn(status: 'sent' | 'acknowledged' | 'answered' | 'closed'): Promise<{ f: TaskFixture; task: Task }> {
  const f = await taskFixture('2026-09-29');
  let task = sendTask(f);
  setToday(f, '2026-10-09');
  if (status !== 'sent') task = acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-09-30' });
  if (status === 'answered' || status === 'closed') task = replyTask(f.core, f.actor, { id: task.id, replyText: '已报送书面说明', repliedOn: '2026-10-08' });
  if (status === 'closed') task = closeTask(f.core, f.actor, { id: task.id, on: '2026-10-09' });
  return { f, task };
}

function auditCount(f: TaskFixture): number {
  return all<{ n: number }>(f.core, 'SELECT count(*) AS n FROM audit_log')[0]!.n;
}

describe('coordination task status flow', () => {
  it('runs sent → acknowledged → answered → closed, each move audited with where it came from', async () => {
    const f = await taskFixture('2026-09-29');
    const sent = sendTask(f);
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-09-29', dueOn: '2026-10-09', acknowledgedOn: null });
    setToday(f, '2026-10-09');
    expect(acknowledgeTask(f.core, f.actor, { id: sent.id, on: '2026-09-30' })).toMatchObject({ status: 'acknowledged', acknowledgedOn: '2026-09-30' });
    const answered = replyTask(f.core, f.actor, { id: sent.id, replyText: '已报送书面说明及评估报告', repliedOn: '2026-10-08' });
    expect(answered).toMatchObject({ status: 'answered', state: 'answered', replyText: '已报送书面说明及评估报告', repliedOn: '2026-10-08', daysLeft: null });
    const closed = closeTask(f.core, f.actor, { id: sent.id, on: '2026-10-09' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-10-09' });
    expect(auditEntries(f.core, 'task.acknowledge')[0]!.detail).toMatchObject({ from: 'sent', on: '2026-09-30' });
    expect(auditEntries(f.core, 'task.reply')[0]!.detail).toMatchObject({ from: 'acknowledged', repliedOn: '2026-10-08', late: false });
    expect(auditEntries(f.core, 'task.close')[0]!.detail).toMatchObject({ from: 'answered', on: '2026-10-09', note: null });
  });

  it('lets an agency answer without acknowledging first (sent → answered), and marks a late answer', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f);
    setToday(f, '2026-10-12');
    const answered = replyTask(f.core, f.actor, { id: task.id, replyText: '已核实', repliedOn: '2026-10-12' });
    expect(answered).toMatchObject({ status: 'answered', acknowledgedOn: null, overdue: false });
    expect(auditEntries(f.core, 'task.reply')[0]!.detail).toMatchObject({ from: 'sent', late: true });
  });

  it('closes an unanswered task (sent or acknowledged) only with a note saying why', async () => {
    for (const status of ['sent', 'acknowledged'] as const) {
      const { f, task } = await taskIn(status);
      const before = auditCount(f);
      const refused = caught(() => closeTask(f.core, f.actor, { id: task.id, on: '2026-10-09' }));
      expect(refused.code).toBe('VALIDATION');
      expect(refused.fields?.map((x) => x.path)).toEqual(['note']);
      expect(refused.fields?.[0]?.message['zh-CN']).toContain('说明理由');
      expect(auditCount(f)).toBe(before);
      const closed = closeTask(f.core, f.actor, { id: task.id, on: '2026-10-09', note: '案件已和解，无需单位答复' });
      expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-10-09', overdue: false });
      expect(auditEntries(f.core, 'task.close')[0]!.detail).toMatchObject({ from: status, note: '案件已和解，无需单位答复' });
    }
  });

  const refusals: [string, 'sent' | 'acknowledged' | 'answered' | 'closed', (f: TaskFixture, id: string) => unknown, string][] = [
    ['acknowledging twice', 'acknowledged', (f, id) => acknowledgeTask(f.core, f.actor, { id, on: '2026-10-09' }), '该协调事项已于2026-09-30签收，不能再签收'],
    ['acknowledging an answered task', 'answered', (f, id) => acknowledgeTask(f.core, f.actor, { id, on: '2026-10-09' }), '该协调事项已于2026-10-08答复，不能再签收'],
    ['acknowledging a closed task', 'closed', (f, id) => acknowledgeTask(f.core, f.actor, { id, on: '2026-10-09' }), '已于2026-10-09办结，不能再签收'],
    ['answering twice', 'answered', (f, id) => replyTask(f.core, f.actor, { id, replyText: '再次答复', repliedOn: '2026-10-09' }), '已于2026-10-08答复，不能再答复'],
    ['answering a closed task', 'closed', (f, id) => replyTask(f.core, f.actor, { id, replyText: '补充答复', repliedOn: '2026-10-09' }), '已于2026-10-09办结，不能再答复'],
    ['closing twice', 'closed', (f, id) => closeTask(f.core, f.actor, { id, on: '2026-10-09' }), '不能再办结'],
    ['reminding about an answered task', 'answered', (f, id) => remindTask(f.core, f.actor, { id }), '不能再催办'],
    ['reminding about a closed task', 'closed', (f, id) => remindTask(f.core, f.actor, { id }), '不能再催办'],
    ['editing a closed task', 'closed', (f, id) => updateTask(f.core, f.actor, { id, request: '改' }), '不能再修改'],
  ];
  for (const [what, status, move, zh] of refusals) {
    it(`refuses ${what} with CONFLICT, in both languages, and writes nothing`, async () => {
      const { f, task } = await taskIn(status);
      const before = auditCount(f);
      const error = caught(() => move(f, task.id));
      expect(error.code).toBe('CONFLICT');
      expect(error.params['what.zh-CN']).toContain(zh);
      expect(error.params['what.en']).toMatch(/^The coordination task (was|is) \w+/);
      expect(error.params).toMatchObject({ status });
      expect(auditCount(f)).toBe(before);
    });
  }

  it('allows every listed move from where the flow permits it', async () => {
    // sent: acknowledge, reply, close (with note), remind, update.
    for (const [status, moves] of [
      ['sent', ['acknowledge', 'reply', 'close', 'remind', 'update']],
      ['acknowledged', ['reply', 'close', 'remind', 'update']],
      ['answered', ['close', 'update']],
    ] as const) {
      for (const m of moves) {
        const { f, task } = await taskIn(status);
        const id = task.id;
        const result =
          m === 'acknowledge'
            ? acknowledgeTask(f.core, f.actor, { id, on: '2026-10-09' })
            : m === 'reply'
              ? replyTask(f.core, f.actor, { id, replyText: '答复', repliedOn: '2026-10-09' })
              : m === 'close'
                ? closeTask(f.core, f.actor, { id, on: '2026-10-09', note: '不再需要' })
                : m === 'remind'
                  ? remindTask(f.core, f.actor, { id })
                  : updateTask(f.core, f.actor, { id, request: '请补充提供评估报告原件' });
        expect(result.id, `${m} from ${status}`).toBe(id);
      }
    }
  });

  it('refuses dates before the step they follow, in the future, or not on the calendar', async () => {
    const { f, task } = await taskIn('sent');
    const path = (fn: () => unknown) => {
      const e = caught(fn);
      expect(e.code).toBe('VALIDATION');
      return e.fields!.map((x) => `${x.path}: ${x.message.en}`);
    };
    expect(path(() => acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-09-28' }))).toEqual(['on: The date cannot be before the sending date (2026-09-29)']);
    expect(path(() => acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-10-10' }))).toEqual(['on: The date cannot be after today (2026-10-09)']);
    expect(path(() => acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-09-31' }))).toEqual(['on: 2026-09-31 is not a calendar date']);
    acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-10-08' });
    expect(path(() => replyTask(f.core, f.actor, { id: task.id, replyText: '答复', repliedOn: '2026-09-30' }))).toEqual([
      'repliedOn: The date cannot be before the acknowledgement date (2026-10-08)',
    ]);
    replyTask(f.core, f.actor, { id: task.id, replyText: '答复', repliedOn: '2026-10-09' });
    expect(path(() => closeTask(f.core, f.actor, { id: task.id, on: '2026-10-08' }))).toEqual(['on: The date cannot be before the reply date (2026-10-09)']);
  });

  it('counts reminders and stamps when the last one was sent', async () => {
    const { f, task } = await taskIn('acknowledged');
    const first = remindTask(f.core, f.actor, { id: task.id, note: '电话催办' });
    expect(first).toMatchObject({ reminderCount: 1, lastRemindedAt: f.core.now() });
    f.clock.advance(3_600_000);
    const second = remindTask(f.core, f.actor, { id: task.id });
    expect(second).toMatchObject({ reminderCount: 2, lastRemindedAt: f.core.now(), status: 'acknowledged' });
    expect(auditEntries(f.core, 'task.remind').map((e) => e.detail)).toMatchObject([
      { reminderCount: 1, note: '电话催办' },
      { reminderCount: 2, note: null },
    ]);
  });

  it("writes the task's sending, answer and closing into its case's activity log (not acknowledgements or reminders)", async () => {
    const { f, task } = await taskIn('sent');
    acknowledgeTask(f.core, f.actor, { id: task.id, on: '2026-09-30' });
    remindTask(f.core, f.actor, { id: task.id });
    replyTask(f.core, f.actor, { id: task.id, replyText: '已报送书面说明', repliedOn: '2026-10-08' });
    closeTask(f.core, f.actor, { id: task.id, on: '2026-10-09', note: '答复已采纳' });
    const activities = all<{ id: string; stage: string; step_id: string | null; occurred_at: string; description: string; result: string | null; participants: string }>(
      f.core,
      "SELECT id, stage, step_id, occurred_at, description, result, participants FROM activities WHERE case_id = ? AND description LIKE '%协调事项%' ORDER BY occurred_at",
      f.caseId,
    );
    expect(activities.map((a) => a.description)).toEqual([
      '向秦皇岛市自然资源和规划局发出协调事项：请书面说明房屋面积认定的事实和依据，并提供评估报告（办理期限：2026-10-09）',
      '秦皇岛市自然资源和规划局答复协调事项：请书面说明房屋面积认定的事实和依据，并提供评估报告',
      '协调事项办结（秦皇岛市自然资源和规划局）：请书面说明房屋面积认定的事实和依据，并提供评估报告',
    ]);
    expect(activities.map((a) => a.result)).toEqual([null, '已报送书面说明', '答复已采纳']);
    expect(activities.every((a) => a.step_id === null && a.stage === 'intake')).toBe(true);
    // Dated on the day of the event: 09:00 China time, or now when it happened today.
    expect(activities.map((a) => a.occurred_at)).toEqual(['2026-09-29T02:00:00.000Z', '2026-10-08T01:00:00.000Z', '2026-10-09T02:00:00.000Z']);
    expect(JSON.parse(activities[0]!.participants)).toEqual([{ kind: 'agency_contact', refId: f.contacts.respondent, name: '李法制' }]);
    expect(auditEntries(f.core, 'task.reply')[0]!.detail.activityId).toBe(activities[1]!.id);
  });

  it('logs no activity for a task without a case', async () => {
    const f = await taskFixture('2026-09-29');
    const before = all(f.core, 'SELECT id FROM activities').length;
    const task = sendTask(f, { caseId: null });
    replyTask(f.core, f.actor, { id: task.id, replyText: '已办理', repliedOn: '2026-09-29' });
    expect(task.caseNumber).toBeNull();
    expect(all(f.core, 'SELECT id FROM activities')).toHaveLength(before);
    expect(auditEntries(f.core, 'task.create')[0]!.detail).toMatchObject({ case_id: null, activityId: null });
  });

  it('answers NOT_FOUND for an unknown task', async () => {
    const { f } = await taskIn('sent');
    expect(caught(() => acknowledgeTask(f.core, f.actor, { id: 'nope', on: '2026-10-09' })).code).toBe('NOT_FOUND');
    expect(caught(() => remindTask(f.core, f.actor, { id: 'nope' })).code).toBe('NOT_FOUND');
  });
});
