import { describe, expect, it } from 'vitest';
import { createCase } from '../../../electron/core/cases/intake';
import { listTasks } from '../../../electron/core/tasks/task-read';
import { closeTask, replyTask } from '../../../electron/core/tasks/task-status';
import { intake } from '../cases/fixture';
import { sendTask, setToday, taskFixture } from './fixture';

async function tasks() {
  const f = await taskFixture('2026-09-21');
  // 中秋节 25–27 September: five working days from Monday 21 September end on Tuesday 29.
  const overdueLong = sendTask(f, { request: '请提供征收补偿档案', sentOn: '2026-09-21', dueInWorkingDays: 2 }); // due 09-23
  const overdueShort = sendTask(f, { request: '请说明评估依据', sentOn: '2026-09-21', dueInWorkingDays: 5 }); // due 09-29
  const soon = sendTask(f, { caseId: null, agencyId: f.agencies.lead, contactId: null, request: '请派员参加化解会', sentOn: '2026-09-21', dueOn: '2026-10-09', dueInWorkingDays: null });
  const later = sendTask(f, { request: '请提出化解方案', sentOn: '2026-09-21', dueOn: '2026-10-30', dueInWorkingDays: null });
  const answered = sendTask(f, { request: '请核实面积', sentOn: '2026-09-21', dueInWorkingDays: 3 });
  const closed = sendTask(f, { request: '请提供证据目录', sentOn: '2026-09-21', dueInWorkingDays: 1 });
  setToday(f, '2026-09-30');
  replyTask(f.core, f.actor, { id: answered.id, replyText: '已核实', repliedOn: '2026-09-24' });
  closeTask(f.core, f.actor, { id: closed.id, on: '2026-09-25', note: '不再需要' });
  return { f, overdueLong, overdueShort, soon, later, answered, closed };
}

const ids = (r: { items: { id: string }[] }) => r.items.map((t) => t.id);

describe('the task list', () => {
  it('filters open, overdue, answered, closed and all, soonest due first, with the total', async () => {
    const { f, overdueLong, overdueShort, soon, later, answered, closed } = await tasks();
    const list = (filter: 'open' | 'overdue' | 'answered' | 'closed' | 'all') => listTasks(f.core, { filter, limit: 500 });
    expect(ids(list('open'))).toEqual([overdueLong.id, overdueShort.id, soon.id, later.id]);
    expect(ids(list('overdue'))).toEqual([overdueLong.id, overdueShort.id]);
    expect(ids(list('answered'))).toEqual([answered.id]);
    expect(ids(list('closed'))).toEqual([closed.id]);
    expect(list('all').total).toBe(6);
    const open = list('open').items;
    // Working days, today 30 September: 24, 28, 29, 30 Sept since the 23rd; 8 and 9 Oct after the
    // National Day holiday; 18 to 30 October (22 weekdays − 5 holiday weekdays + makeup Saturday 10 Oct).
    expect(open.map((t) => [t.dueOn, t.state, t.daysLeft])).toEqual([
      ['2026-09-23', 'overdue', -4],
      ['2026-09-29', 'overdue', -1],
      ['2026-10-09', 'due_soon', 2],
      ['2026-10-30', 'sent', 18],
    ]);
    const limited = listTasks(f.core, { filter: 'open', limit: 2 });
    expect(limited).toMatchObject({ total: 4 });
    expect(ids(limited)).toEqual([overdueLong.id, overdueShort.id]);
  });

  it('narrows by agency, case and text in the request, the agency name or the case number', async () => {
    const { f, soon, later, answered, closed, overdueLong, overdueShort } = await tasks();
    expect(ids(listTasks(f.core, { filter: 'all', agencyId: f.agencies.lead, limit: 500 }))).toEqual([soon.id]);
    expect(listTasks(f.core, { filter: 'all', caseId: f.caseId, limit: 500 }).total).toBe(5);
    expect(ids(listTasks(f.core, { filter: 'all', query: '化解', limit: 500 }))).toEqual([soon.id, later.id]);
    expect(ids(listTasks(f.core, { filter: 'all', query: '海港区', limit: 500 }))).toEqual([soon.id]);
    expect(listTasks(f.core, { filter: 'all', query: f.caseNumber, limit: 500 }).total).toBe(5);
    expect(listTasks(f.core, { filter: 'all', query: '%', limit: 500 }).total).toBe(0);
    expect(new Set(ids(listTasks(f.core, { filter: 'all', query: '自然资源', limit: 500 })))).toEqual(
      new Set([overdueLong.id, overdueShort.id, later.id, answered.id, closed.id]),
    );
  });

  it('leaves out the tasks of a deleted case', async () => {
    const { f, soon } = await tasks();
    const other = createCase(f.core, f.actor, intake(f, { receivedOn: '2026-09-30' }));
    sendTask(f, { caseId: other.id, request: '另案事项' });
    expect(listTasks(f.core, { filter: 'all', limit: 500 }).total).toBe(7);
    f.core.sqlite.prepare('UPDATE cases SET deleted_at = ? WHERE id IN (?, ?)').run(f.core.now(), f.caseId, other.id);
    expect(ids(listTasks(f.core, { filter: 'all', limit: 500 }))).toEqual([soon.id]);
  });
});
