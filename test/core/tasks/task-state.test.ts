import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '../../../electron/core/clocks';
import { BUNDLED_HOLIDAY_YEARS } from '../../../electron/core/clocks/holiday-data';
import { addWorkingDays } from '../../../electron/core/clocks';
import { taskState } from '../../../electron/core/tasks/task-state';

const calendar = new HolidayCalendar(BUNDLED_HOLIDAY_YEARS.flatMap((y) => y.days));

describe('taskState (the one rule for overdue and due soon)', () => {
  // 2026: 国庆节 1–7 October, makeup working day Saturday 10 October.
  const sentOn = '2026-09-29'; // a Tuesday
  const dueOn = addWorkingDays(sentOn, 3, calendar);

  it('counts three working days from 29 September over the National Day holiday to 9 October', () => {
    expect(dueOn).toBe('2026-10-09');
  });

  it('is due soon, not overdue, through the holiday and on the due date itself', () => {
    expect(taskState({ status: 'sent', dueOn }, '2026-09-29', calendar)).toEqual({ state: 'due_soon', overdue: false, daysLeft: 3 });
    expect(taskState({ status: 'sent', dueOn }, '2026-09-30', calendar)).toEqual({ state: 'due_soon', overdue: false, daysLeft: 2 });
    // Calendar days would say 8 left; the holiday leaves two working days (8 and 9 October).
    expect(taskState({ status: 'acknowledged', dueOn }, '2026-10-01', calendar)).toEqual({ state: 'due_soon', overdue: false, daysLeft: 2 });
    expect(taskState({ status: 'sent', dueOn }, '2026-10-09', calendar)).toEqual({ state: 'due_soon', overdue: false, daysLeft: 0 });
  });

  it('is overdue from the day after the due date (a makeup working Saturday)', () => {
    expect(taskState({ status: 'sent', dueOn }, '2026-10-10', calendar)).toEqual({ state: 'overdue', overdue: true, daysLeft: -1 });
    expect(taskState({ status: 'acknowledged', dueOn }, '2026-10-13', calendar)).toEqual({ state: 'overdue', overdue: true, daysLeft: -3 });
  });

  it('reads a due date passed over a weekend as one day late, not as none left', () => {
    // Due Friday 16 October; Saturday 17 is a rest day, so no working day has passed yet.
    expect(taskState({ status: 'sent', dueOn: '2026-10-16' }, '2026-10-17', calendar)).toEqual({ state: 'overdue', overdue: true, daysLeft: -1 });
  });

  it('keeps the stored status further out than three working days', () => {
    expect(taskState({ status: 'sent', dueOn: '2026-10-20' }, '2026-10-12', calendar)).toEqual({ state: 'sent', overdue: false, daysLeft: 6 });
    expect(taskState({ status: 'acknowledged', dueOn: '2026-10-16' }, '2026-10-12', calendar)).toEqual({ state: 'acknowledged', overdue: false, daysLeft: 4 });
  });

  it('never calls an answered or closed task overdue, whatever the date', () => {
    expect(taskState({ status: 'answered', dueOn }, '2026-12-01', calendar)).toEqual({ state: 'answered', overdue: false, daysLeft: null });
    expect(taskState({ status: 'closed', dueOn }, '2026-12-01', calendar)).toEqual({ state: 'closed', overdue: false, daysLeft: null });
  });
});
