import type { TaskStatus } from '../../contract/schemas/tasks';
import { DUE_SOON_WORKING_DAYS, workingDaysBetween, type HolidayCalendar } from '../clocks';

export type TaskStateName = TaskStatus | 'due_soon' | 'overdue';

export interface TaskState {
  /** The stored status, or due_soon / overdue for an unanswered task near or past its due date. */
  state: TaskStateName;
  overdue: boolean;
  /** Working days until the due date (0 on it, negative once overdue); null once answered or closed. */
  daysLeft: number | null;
}

/** Sent or acknowledged: the agency still owes an answer. */
export function isUnanswered(status: TaskStatus): boolean {
  return status === 'sent' || status === 'acknowledged';
}

/**
 * The live state of a coordination task for `today`. Pure, and the one rule the task list, the
 * dashboard and the supervision notice share, so they can never disagree about what is overdue.
 *
 * Overdue means unanswered after the due date: on the due date itself the agency is still in time
 * (the counting rule of DOMAIN.md, the due date is the last day of the period). Working days, not
 * calendar days, because the due date was given in working days and the agency works those.
 */
export function taskState(task: { status: TaskStatus; dueOn: string }, today: string, calendar: HolidayCalendar): TaskState {
  if (!isUnanswered(task.status)) return { state: task.status, overdue: false, daysLeft: null };
  const daysLeft = workingDaysBetween(today, task.dueOn, calendar);
  // Due on a Friday and looked at on the Saturday: no working day has passed yet, but the period
  // has run out; it reads as one day late rather than as "0 days left".
  if (task.dueOn < today) return { state: 'overdue', overdue: true, daysLeft: Math.min(daysLeft, -1) };
  if (daysLeft <= DUE_SOON_WORKING_DAYS) return { state: 'due_soon', overdue: false, daysLeft };
  return { state: task.status, overdue: false, daysLeft };
}
