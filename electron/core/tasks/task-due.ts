import { sql } from 'kysely';
import type { Task } from '../../contract/schemas/tasks';
import { DUE_SOON_WORKING_DAYS, addWorkingDays, loadCalendar } from '../clocks';
import type { Core } from '../core';
import { liveTasks, readTasks } from './task-read';

/** The dashboard's lists stop here; the overdue total says how many there are in all. */
export const DASHBOARD_TASK_LIMIT = 100;

/**
 * Unanswered tasks due within DUE_SOON_WORKING_DAYS working days (soonest first) and past due
 * (longest overdue first). SQL narrows by the stored due date; the state itself comes from
 * taskState, the rule the task list uses too.
 */
export function taskDueLists(core: Core, today: string = core.today()): { tasksDueSoon: Task[]; tasksOverdue: Task[]; tasksOverdueTotal: number } {
  const calendar = loadCalendar(core);
  const open = liveTasks().where('t.status', 'in', ['sent', 'acknowledged']);
  const overdue = open.where('t.due_on', '<', today);
  // Working days in (today, due] ≤ N  ⇔  due is before the (N+1)th working day after today.
  const horizon = addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1, calendar);
  const order = <Q extends ReturnType<typeof liveTasks>>(q: Q) => q.orderBy('t.due_on').orderBy('t.sent_on').orderBy('t.id').limit(DASHBOARD_TASK_LIMIT);
  const tasksDueSoon = readTasks(core, order(open.where('t.due_on', '>=', today).where('t.due_on', '<', horizon)), calendar, today).filter(
    (t) => t.state === 'due_soon',
  );
  return {
    tasksDueSoon,
    tasksOverdue: readTasks(core, order(overdue), calendar, today),
    tasksOverdueTotal: core.q.first(overdue.select(sql<number>`count(*)`.as('n')))?.n ?? 0,
  };
}
