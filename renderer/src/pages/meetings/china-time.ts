import dayjs, { type Dayjs } from 'dayjs';

/**
 * Meetings are read in China time whatever the machine's clock says: the core checks working
 * hours, rest days and the invitation's VTIMEZONE in Asia/Shanghai, so the calendar and the form
 * must show the same wall clock. China has one zone and no daylight saving: UTC+8 is exact.
 *
 * A "wall" string is that wall clock without an offset ('2026-12-08T09:00:00'). The calendar runs
 * in UTC mode and the pickers in the machine's zone, and both are fed wall strings, so neither
 * ever converts them.
 */
const OFFSET_MS = 8 * 3600_000;

/** Any instant → its China wall clock, 'YYYY-MM-DDTHH:mm:ss'. */
export function chinaWall(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 19);
}

/** A China wall clock ('YYYY-MM-DDTHH:mm[:ss]') → the instant the contract takes. */
export function chinaInstant(wall: string): string {
  const full = wall.length === 16 ? `${wall}:00` : wall.slice(0, 19);
  return `${full}+08:00`;
}

/** A Date the calendar produced in UTC mode: its UTC fields are the China wall clock. */
export function wallOfCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The China wall clock as a picker value (the picker shows its local fields). */
export function chinaDayjs(iso: string): Dayjs {
  return dayjs(chinaWall(iso));
}

/** A picker value read as China wall clock → the instant. */
export function instantOfDayjs(value: Dayjs): string {
  return chinaInstant(value.format('YYYY-MM-DDTHH:mm:ss'));
}

/** Now, as a China wall clock. */
export function chinaNowWall(): string {
  return chinaWall(new Date().toISOString());
}

/** Today's China date, YYYY-MM-DD. */
export function chinaToday(): string {
  return chinaNowWall().slice(0, 10);
}

/** '2026-12-08 09:00–11:30', or both ends in full when the meeting runs past midnight. */
export function formatSpan(startsAt: string, endsAt: string): string {
  const a = chinaWall(startsAt);
  const b = chinaWall(endsAt);
  const start = `${a.slice(0, 10)} ${a.slice(11, 16)}`;
  return a.slice(0, 10) === b.slice(0, 10) ? `${start}–${b.slice(11, 16)}` : `${start} – ${b.slice(0, 10)} ${b.slice(11, 16)}`;
}
