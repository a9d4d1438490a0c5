import { describe, expect, it } from 'vitest';
import { dashboardSummary } from '../../../electron/core/services/dashboard';
import { getTask } from '../../../electron/core/tasks/task-read';
import { replyTask } from '../../../electron/core/tasks/task-status';
import { DASHBOARD_TASK_LIMIT, taskDueLists } from '../../../electron/core/tasks/task-due';
import { sendTask, setToday, taskFixture } from './fixture';

describe('tasks on the dashboard', () => {
  it('turns a task overdue across the National Day holiday only on the day after its due date', async () => {
    const f = await taskFixture('2026-09-29');
    const task = sendTask(f, { dueInWorkingDays: 3 });
    expect(task.dueOn).toBe('2026-10-09');
    const seen = (date: string) => {
      setToday(f, date);
      const lists = taskDueLists(f.core);
      return {
        state: getTask(f.core, task.id).state,
        soon: lists.tasksDueSoon.map((t) => t.id),
        overdue: lists.tasksOverdue.map((t) => t.id),
        total: lists.tasksOverdueTotal,
      };
    };
    expect(seen('2026-10-01')).toEqual({ state: 'due_soon', soon: [task.id], overdue: [], total: 0 });
    expect(seen('2026-10-09')).toEqual({ state: 'due_soon', soon: [task.id], overdue: [], total: 0 });
    expect(seen('2026-10-10')).toEqual({ state: 'overdue', soon: [], overdue: [task.id], total: 1 });
    // An answer takes it off both lists, however late.
    replyTask(f.core, f.actor, { id: task.id, replyText: '已答复', repliedOn: '2026-10-10' });
    expect(seen('2026-10-12')).toEqual({ state: 'answered', soon: [], overdue: [], total: 0 });
  });

  it('lists tasks due within three working days soonest first, and overdue ones longest overdue first', async () => {
    const f = await taskFixture('2026-11-02');
    const mk = (sentOn: string, dueOn: string) => sendTask(f, { sentOn, dueOn, dueInWorkingDays: null }).id;
    const late2 = mk('2026-11-02', '2026-11-05');
    const late1 = mk('2026-11-02', '2026-11-03');
    const soon3 = mk('2026-11-02', '2026-11-13'); // Friday: three working days after Tuesday 10th
    const soon0 = mk('2026-11-02', '2026-11-10');
    const far = mk('2026-11-02', '2026-11-16'); // four working days: not yet due soon
    setToday(f, '2026-11-10');
    const summary = dashboardSummary(f.core, f.operatorId);
    expect(summary.tasksOverdue.map((t) => t.id)).toEqual([late1, late2]);
    expect(summary.tasksOverdue.map((t) => t.daysLeft)).toEqual([-5, -3]);
    expect(summary.tasksOverdueTotal).toBe(2);
    expect(summary.tasksDueSoon.map((t) => t.id)).toEqual([soon0, soon3]);
    expect(summary.tasksDueSoon.map((t) => t.daysLeft)).toEqual([0, 3]);
    expect([...summary.tasksDueSoon, ...summary.tasksOverdue].map((t) => t.id)).not.toContain(far);
    expect(summary.openTasks).toBe(5);
  });

  it(`stops each list at ${DASHBOARD_TASK_LIMIT} and still counts every overdue task`, async () => {
    const f = await taskFixture('2026-11-02');
    for (let i = 0; i < DASHBOARD_TASK_LIMIT + 5; i += 1) sendTask(f, { sentOn: '2026-11-02', dueOn: '2026-11-03', dueInWorkingDays: null, contactId: null });
    setToday(f, '2026-11-10');
    const lists = taskDueLists(f.core);
    expect(lists.tasksOverdue).toHaveLength(DASHBOARD_TASK_LIMIT);
    expect(lists.tasksOverdueTotal).toBe(DASHBOARD_TASK_LIMIT + 5);
  });

  it('shows judicial suggestions awaiting feedback that are due within ten days or overdue', async () => {
    const f = await taskFixture('2026-11-10');
    const now = f.core.now();
    const suggestion = (content: string, replyDueOn: string, feedback: string | null) => {
      const id = f.core.newId();
      f.core.sqlite
        .prepare(
          'INSERT INTO judicial_suggestions (id, agency_id, received_on, content, reply_due_on, feedback, feedback_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, f.agencies.respondent, '2026-09-01', content, replyDueOn, feedback, feedback ? '2026-11-01' : null, now, now);
      return id;
    };
    const overdue = suggestion('规范征收补偿程序', '2026-11-01', null);
    const soon = suggestion('加强执法记录', '2026-11-18', null);
    suggestion('已反馈的建议', '2026-11-05', '已整改');
    suggestion('尚早的建议', '2026-12-31', null);
    const summary = dashboardSummary(f.core, f.operatorId);
    expect(summary.suggestionsDue.map((s) => [s.id, s.overdue])).toEqual([
      [overdue, true],
      [soon, false],
    ]);
  });
});
