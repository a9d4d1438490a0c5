/**
 * Calendar helpers for the demo data. Dates are `YYYY-MM-DD` in the center's time zone (China,
 * UTC+8, no daylight saving); instants are UTC ISO strings as stored everywhere else.
 * Weekends are avoided for office work; public holidays are not (that calendar is data the center
 * maintains, and the real deadline engine reads it).
 */
import { addDays, chinaDate, daysBetween, weekday } from '../dates';

export { addDays, chinaDate, daysBetween, weekday };

const CHINA_OFFSET_MS = 8 * 3600_000;

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

export function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

export function weekdayOnOrBefore(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** `days` working days after `date` (Monday to Friday). */
export function addWorkdays(date: string, days: number): string {
  let d = date;
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d;
}

/** The instant of a local (China) wall-clock time on `date`. */
export function atLocal(date: string, hour: number, minute = 0): string {
  return new Date(toUtcMs(date) + (hour * 60 + minute) * 60_000 - CHINA_OFFSET_MS).toISOString();
}

/** The n-th (1-based) given weekday of a month, e.g. the second Tuesday. */
export function nthWeekdayOfMonth(year: number, month: number, day: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (day - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
