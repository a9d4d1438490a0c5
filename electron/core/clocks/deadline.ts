import { addDays, daysBetween } from '../dates';
import { addWorkingDays, type HolidayCalendar } from './calendar';

/**
 * The deadline rule. Pure: no database, no "now"; the caller passes the calendar and today.
 *
 * Counting follows the period rules of Chinese procedure law, which the Administrative Litigation
 * Law adopts for what it does not regulate itself (行政诉讼法 第一百零一条 → 民事诉讼法 关于期间的规定,
 * 民事诉讼法 第八十五条):
 *   - 期间以日计算，期间开始的日不计算在期间内: periods are calendar days and the trigger day is not
 *     counted, so day 1 is the day after the trigger and the raw last day is trigger + limit.
 *   - 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期: when the last day is
 *     a rest day (an official holiday, or a weekend day that is not a makeup working day 调休上班)
 *     the period ends on the first working day after it. Only the LAST day moves; rest days
 *     inside the period count like any other day.
 *
 * Adjustments (the center's practice, as peers run it; each is recorded with a reason):
 *   - Extension 延长 (by consent): adds `extraDays` calendar days to the raw last day.
 *   - Suspension 中止 [fromOn, toOn): the clock does not run on the days from `fromOn` up to but not
 *     including `toOn` (it runs again on `toOn`), so it adds toOn − fromOn days. A suspension only
 *     counts if it starts on or before the due date the clock was running towards (including the
 *     rest-day move: the period is still open on that date); a suspension starting after the
 *     period ran out cannot revive it. Days already paused by an earlier suspension, and days up
 *     to the trigger day (which never count), are not counted twice.
 *   - An open suspension (toOn null) means the clock is paused now; the due date is computed as
 *     if it resumed today, so it moves one day later for every day the pause lasts.
 * The rest-day move is applied once, to the final raw last day.
 */
export interface AdjustmentInput {
  kind: 'suspension' | 'extension';
  fromOn: string;
  toOn: string | null;
  extraDays: number | null;
}

export interface Deadline {
  /** The last day of the period after the rest-day move. */
  dueOn: string;
  /** trigger + limit + extensions + suspended days, before the rest-day move. */
  lastDay: string;
  suspendedDays: number;
  extensionDays: number;
  /** An open suspension is in effect today. */
  suspended: boolean;
}

export function computeDeadline(
  triggerOn: string,
  limitDays: number,
  adjustments: readonly AdjustmentInput[],
  calendar: HolidayCalendar,
  today?: string,
): Deadline {
  const extensionDays = adjustments
    .filter((a) => a.kind === 'extension')
    .reduce((sum, a) => sum + Math.max(0, a.extraDays ?? 0), 0);
  const base = addDays(triggerOn, limitDays + extensionDays);

  const suspensions = adjustments
    .filter((a) => a.kind === 'suspension')
    .slice()
    .sort((a, b) => (a.fromOn < b.fromOn ? -1 : a.fromOn > b.fromOn ? 1 : 0));
  let suspendedDays = 0;
  let suspended = false;
  // The first day the clock could run and that no earlier suspension has already paused.
  let runsFrom = addDays(triggerOn, 1);
  for (const s of suspensions) {
    const runningDue = calendar.workingDayOnOrAfter(addDays(base, suspendedDays));
    if (s.fromOn > runningDue) continue;
    let end = s.toOn;
    if (end === null) {
      if (today === undefined) throw new Error('computeDeadline: an open suspension needs today');
      end = today > s.fromOn ? today : s.fromOn;
      if (s.fromOn <= today) suspended = true;
    }
    const start = s.fromOn > runsFrom ? s.fromOn : runsFrom;
    if (end > start) {
      suspendedDays += daysBetween(start, end);
      runsFrom = end;
    }
  }

  const lastDay = addDays(base, suspendedDays);
  return { dueOn: calendar.workingDayOnOrAfter(lastDay), lastDay, suspendedDays, extensionDays, suspended };
}

/** The due date alone; see `computeDeadline` for the rule. */
export function dueDate(
  triggerOn: string,
  limitDays: number,
  adjustments: readonly AdjustmentInput[],
  calendar: HolidayCalendar,
  today?: string,
): string {
  return computeDeadline(triggerOn, limitDays, adjustments, calendar, today).dueOn;
}

export type ClockStatus = 'open' | 'met' | 'missed' | 'cancelled';
export type ClockStateName = 'open' | 'due_soon' | 'overdue' | 'suspended' | 'met' | 'missed' | 'cancelled';

export interface ClockFacts {
  triggerOn: string;
  limitDays: number;
  status: ClockStatus;
  completedOn?: string | null;
}

export interface ClockState {
  dueOn: string;
  /** Calendar days from today to the due date: 0 on the due date, negative once overdue. */
  daysLeft: number;
  state: ClockStateName;
  suspendedDays: number;
  extensionDays: number;
}

/** "Due soon" means due within the next this-many working days (today's due date included). */
export const DUE_SOON_WORKING_DAYS = 3;

export function clockState(
  clock: ClockFacts,
  adjustments: readonly AdjustmentInput[],
  today: string,
  calendar: HolidayCalendar,
): ClockState {
  // A finished clock's open suspension (should not exist: completing closes it) stops on the
  // completion day, so a closed clock's due date no longer moves with today.
  const asOf = clock.status !== 'open' && clock.completedOn ? clock.completedOn : today;
  const d = computeDeadline(clock.triggerOn, clock.limitDays, adjustments, calendar, asOf);
  const daysLeft = daysBetween(today, d.dueOn);
  return {
    dueOn: d.dueOn,
    daysLeft,
    state: stateName(clock.status, d, today, calendar),
    suspendedDays: d.suspendedDays,
    extensionDays: d.extensionDays,
  };
}

function stateName(status: ClockStatus, d: Deadline, today: string, calendar: HolidayCalendar): ClockStateName {
  if (status !== 'open') return status;
  if (d.suspended) return 'suspended';
  if (today > d.dueOn) return 'overdue';
  if (d.dueOn <= addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar)) return 'due_soon';
  return 'open';
}
