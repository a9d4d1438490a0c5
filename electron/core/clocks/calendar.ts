import { addDays, daysBetween, weekday } from '../dates';

/**
 * The rest-day calendar: weekends, official holidays and makeup working days (调休).
 *
 * Dates are plain `YYYY-MM-DD` strings in the center's time zone; arithmetic is on calendar days
 * (UTC midnights), so no time zone or daylight-saving rule can shift a deadline.
 */
export type HolidayKind = 'holiday' | 'workday';

export interface HolidayDay {
  date: string;
  kind: HolidayKind;
  name: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30 and 2026-2-3). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

// A run of rest days longer than this means the calendar data is broken (every day a holiday);
// stop instead of looping for ever.
const MAX_REST_RUN = 60;

export class HolidayCalendar {
  private readonly kinds = new Map<string, HolidayKind>();

  constructor(rows: Iterable<Pick<HolidayDay, 'date' | 'kind'>> = []) {
    for (const row of rows) this.kinds.set(row.date, row.kind);
  }

  /** 'holiday' or 'workday' when the date is listed, else null (an ordinary day). */
  kindOf(date: string): HolidayKind | null {
    return this.kinds.get(date) ?? null;
  }

  /** An official holiday, or a Saturday/Sunday that is not a makeup working day (调休上班). */
  isRestDay(date: string): boolean {
    const kind = this.kinds.get(date);
    if (kind === 'holiday') return true;
    if (kind === 'workday') return false;
    return isWeekend(date);
  }

  isWorkingDay(date: string): boolean {
    return !this.isRestDay(date);
  }

  /** `date` itself when it is a working day, else the first working day after it. */
  workingDayOnOrAfter(date: string): string {
    let d = date;
    for (let i = 0; this.isRestDay(d); i += 1) {
      if (i > MAX_REST_RUN) throw new Error(`No working day within ${MAX_REST_RUN} days after ${date}`);
      d = addDays(d, 1);
    }
    return d;
  }
}

/**
 * The date `n` working days after `from` (`from` itself is not counted, like a period's trigger
 * day). n = 0 returns `from`; a negative n counts backwards. Used for coordination-task due dates
 * and for "due within 3 working days".
 */
export function addWorkingDays(from: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(n)) throw new Error(`addWorkingDays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = from;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (calendar.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/**
 * Working days in (from, to]: the inverse of `addWorkingDays` for n ≥ 0, so
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. When `to` is before `from` it is minus the
 * working days in (to, from].
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let d = addDays(from, 1), i = daysBetween(from, to); i > 0; d = addDays(d, 1), i -= 1) {
    if (calendar.isWorkingDay(d)) count += 1;
  }
  return count;
}
