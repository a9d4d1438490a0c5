import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '../../../electron/core/clocks/calendar';
import { clockState, computeDeadline, dueDate, type AdjustmentInput } from '../../../electron/core/clocks/deadline';
import { BUNDLED_HOLIDAY_YEARS } from '../../../electron/core/clocks/holiday-data';
import { weekday } from '../../../electron/core/dates';

const calendar = new HolidayCalendar(BUNDLED_HOLIDAY_YEARS.flatMap((f) => f.days));
const suspension = (fromOn: string, toOn: string | null): AdjustmentInput => ({ kind: 'suspension', fromOn, toOn, extraDays: null });
const extension = (fromOn: string, extraDays: number): AdjustmentInput => ({ kind: 'extension', fromOn, toOn: null, extraDays });

describe('dueDate', () => {
  it('ends a 30-day period on trigger + 30 when that is a working day (the trigger day is not counted)', () => {
    // Mon 2026-03-02: day 1 is 3/3; March has 31 days, so day 29 is 3/31 and day 30 is Wed 4/1.
    expect(weekday('2026-04-01')).toBe(3);
    expect(dueDate('2026-03-02', 30, [], calendar)).toBe('2026-04-01');
  });

  it('moves a last day inside the National Day holiday 2026 to the first working day after it', () => {
    // 2026-09-02 + 30: September has 30 days, so day 28 is 9/30 and day 30 is Fri 10/2, a holiday;
    // 10/1–10/7 are holidays, Thu 10/8 is the first working day.
    const d = computeDeadline('2026-09-02', 30, [], calendar);
    expect(d.lastDay).toBe('2026-10-02');
    expect(d.dueOn).toBe('2026-10-08');
  });

  it('keeps a last day that falls on a makeup working Saturday (调休上班)', () => {
    // 2026-09-10 + 30 = Sat 10/10, declared a working day by the 2026 notice.
    expect(weekday('2026-10-10')).toBe(6);
    expect(dueDate('2026-09-10', 30, [], calendar)).toBe('2026-10-10');
  });

  it('moves a last day on an ordinary Sunday to the Monday', () => {
    // 2026-06-26 + 30: June has 30 days, so day 4 is 6/30 and day 30 is Sun 7/26 → Mon 7/27.
    expect(weekday('2026-07-26')).toBe(0);
    expect(dueDate('2026-06-26', 30, [], calendar)).toBe('2026-07-27');
  });

  it('does not lengthen a period for rest days inside it, only for a rest last day', () => {
    // 2026-09-20 + 30 = Tue 10/20: the whole National Day week lies inside and changes nothing.
    expect(dueDate('2026-09-20', 30, [], calendar)).toBe('2026-10-20');
  });

  it('carries the 5-day transfer clock over the 2026 Spring Festival', () => {
    // Failed on Thu 2026-02-12: day 5 is Tue 2/17 (初一), inside 2/15–2/23; first working day Tue 2/24.
    expect(dueDate('2026-02-12', 5, [], calendar)).toBe('2026-02-24');
    // Failed on Mon 2026-02-09: day 5 is Sat 2/14, a makeup working day, so the clock ends that day.
    expect(dueDate('2026-02-09', 5, [], calendar)).toBe('2026-02-14');
    // Failed on Tue 2026-02-10: day 5 is Sun 2/15, the first day of the holiday → Tue 2/24.
    expect(dueDate('2026-02-10', 5, [], calendar)).toBe('2026-02-24');
  });

  it('adds the days of a closed suspension [from, to) and re-applies the rest-day move', () => {
    // 2026-03-02 + 30 = 4/1. Paused 3/10–3/20: the clock does not run 3/10 … 3/19 (10 days) and
    // runs again on 3/20. 4/1 + 10 = Sat 4/11 → Mon 4/13.
    const d = computeDeadline('2026-03-02', 30, [suspension('2026-03-10', '2026-03-20')], calendar);
    expect(d.suspendedDays).toBe(10);
    expect(d.lastDay).toBe('2026-04-11');
    expect(d.dueOn).toBe('2026-04-13');
    expect(d.suspended).toBe(false);
  });

  it('treats an open suspension as resuming today, and reports the clock suspended', () => {
    // Paused since 3/10; today 3/25 → 15 days; 4/1 + 15 = Thu 4/16.
    const d = computeDeadline('2026-03-02', 30, [suspension('2026-03-10', null)], calendar, '2026-03-25');
    expect(d.suspendedDays).toBe(15);
    expect(d.dueOn).toBe('2026-04-16');
    expect(d.suspended).toBe(true);
    // A day later the due date is a day later.
    expect(dueDate('2026-03-02', 30, [suspension('2026-03-10', null)], calendar, '2026-03-26')).toBe('2026-04-17');
  });

  it('ignores a suspension that starts after the period ran out, and never counts the trigger day', () => {
    expect(dueDate('2026-03-02', 30, [suspension('2026-04-02', '2026-04-20')], calendar)).toBe('2026-04-01');
    // Paused from the trigger day to 3/5: only 3/3 and 3/4 were running days → 4/1 + 2 = Fri 4/3.
    expect(computeDeadline('2026-03-02', 30, [suspension('2026-03-02', '2026-03-05')], calendar).suspendedDays).toBe(2);
    expect(dueDate('2026-03-02', 30, [suspension('2026-03-02', '2026-03-05')], calendar)).toBe('2026-04-03');
  });

  it('lets a suspension starting on the moved due date count (the period is still open that day)', () => {
    // 2026-06-26 + 30 = Sun 7/26 → due Mon 7/27. Paused 7/27–7/30 (3 days): 7/26 + 3 = Wed 7/29.
    expect(dueDate('2026-06-26', 30, [suspension('2026-07-27', '2026-07-30')], calendar)).toBe('2026-07-29');
    // Starting 7/28 is too late: the period ended on 7/27.
    expect(dueDate('2026-06-26', 30, [suspension('2026-07-28', '2026-07-30')], calendar)).toBe('2026-07-27');
  });

  it('adds extension days and then applies the rest-day move', () => {
    // 4/1 + 5 = Mon 4/6, the last day of 清明 (4/4–4/6) → Tue 4/7.
    const d = computeDeadline('2026-03-02', 30, [extension('2026-03-20', 5)], calendar);
    expect(d.extensionDays).toBe(5);
    expect(d.lastDay).toBe('2026-04-06');
    expect(d.dueOn).toBe('2026-04-07');
  });

  it('counts a suspension against the extended due date', () => {
    // Extended by 10 → 4/11 (Sat) → due 4/13; a pause from 4/10 to 4/15 now counts (5 days):
    // 4/11 + 5 = Thu 4/16.
    const adj = [extension('2026-03-20', 10), suspension('2026-04-10', '2026-04-15')];
    expect(dueDate('2026-03-02', 30, adj, calendar)).toBe('2026-04-16');
  });
});

describe('clockState', () => {
  const open = { triggerOn: '2026-03-02', limitDays: 30, status: 'open' as const };

  it('is open with the calendar days left while the due date is more than 3 working days away', () => {
    expect(clockState(open, [], '2026-03-20', calendar)).toMatchObject({ dueOn: '2026-04-01', daysLeft: 12, state: 'open' });
    // Thu 3/26: the next 3 working days are 3/27, 3/30, 3/31 — the due date 4/1 is the 4th.
    expect(clockState(open, [], '2026-03-26', calendar)).toMatchObject({ daysLeft: 6, state: 'open' });
  });

  it('is due soon within the next 3 working days, including the due date itself', () => {
    // Fri 3/27: 3/30, 3/31, 4/1 → the due date is the 3rd working day.
    expect(clockState(open, [], '2026-03-27', calendar)).toMatchObject({ daysLeft: 5, state: 'due_soon' });
    expect(clockState(open, [], '2026-04-01', calendar)).toMatchObject({ daysLeft: 0, state: 'due_soon' });
  });

  it('counts working days, not calendar days, for due soon across a holiday', () => {
    const national = { triggerOn: '2026-09-02', limitDays: 30, status: 'open' as const }; // due 10/8
    // Mon 9/28: 9/29, 9/30, 10/8 are the next 3 working days → due soon although 10 days away.
    expect(clockState(national, [], '2026-09-28', calendar)).toMatchObject({ dueOn: '2026-10-08', daysLeft: 10, state: 'due_soon' });
    // Fri 9/25 (中秋): 9/28, 9/29, 9/30 → not yet.
    expect(clockState(national, [], '2026-09-25', calendar)).toMatchObject({ daysLeft: 13, state: 'open' });
  });

  it('is overdue the day after the due date, with negative days left', () => {
    expect(clockState(open, [], '2026-04-02', calendar)).toMatchObject({ daysLeft: -1, state: 'overdue' });
    expect(clockState(open, [], '2026-04-11', calendar)).toMatchObject({ daysLeft: -10, state: 'overdue' });
  });

  it('is suspended while a suspension is open, and reports the adjustments', () => {
    const s = clockState(open, [suspension('2026-03-10', null), extension('2026-03-05', 2)], '2026-03-25', calendar);
    // 4/1 + 2 + 15 = Sat 4/18 → Mon 4/20.
    expect(s).toMatchObject({ state: 'suspended', suspendedDays: 15, extensionDays: 2, dueOn: '2026-04-20', daysLeft: 26 });
  });

  it('reports the stored status of a finished clock', () => {
    expect(clockState({ ...open, status: 'met', completedOn: '2026-03-20' }, [], '2026-05-01', calendar).state).toBe('met');
    expect(clockState({ ...open, status: 'missed', completedOn: '2026-04-10' }, [], '2026-05-01', calendar).state).toBe('missed');
    expect(clockState({ ...open, status: 'cancelled' }, [], '2026-05-01', calendar).state).toBe('cancelled');
  });
});
