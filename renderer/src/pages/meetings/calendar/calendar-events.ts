import type { EventInput } from '@fullcalendar/core';
import type { MeetingSummary } from '../../../../../electron/contract/schemas/meetings';
import type { HolidayDay } from '../../../stores/meetings-store';
import { chinaInstant, chinaWall, wallOfCalendarDate } from '../china-time';
import { KIND_COLOR } from '../meeting-kind';

/** A meeting can be dragged only while it can still change (the core refuses held or cancelled). */
export function isMovable(m: MeetingSummary): boolean {
  return m.status === 'draft' || m.status === 'scheduled';
}

/**
 * Meetings as calendar events, on the China wall clock (the calendar runs in UTC mode, see
 * china-time.ts). Colour by kind; drafts and cancelled meetings are told apart by class.
 */
export function meetingEvents(meetings: readonly MeetingSummary[]): EventInput[] {
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    start: chinaWall(m.startsAt),
    end: chinaWall(m.endsAt),
    backgroundColor: KIND_COLOR[m.kind],
    borderColor: KIND_COLOR[m.kind],
    textColor: '#fff',
    editable: isMovable(m),
    classNames: ['adr-meeting', `adr-meeting-${m.status}`],
    extendedProps: { meeting: m },
  }));
}

/**
 * The holiday calendar as all-day background events: the name sits in the day (month view) or
 * the all-day row (week and day views); the columns themselves are shaded by class (dayCellClass).
 */
export function holidayEvents(days: readonly HolidayDay[], workdayName: (name: string) => string): EventInput[] {
  return days.map((d) => ({
    id: `holiday:${d.date}`,
    start: d.date,
    allDay: true,
    display: 'background',
    // Stored names of makeup days usually say so already ('国庆节调休上班'); others get the suffix.
    title: d.kind === 'holiday' || /班|workday/i.test(d.name) ? d.name : workdayName(d.name),
    classNames: [d.kind === 'holiday' ? 'adr-fc-holiday-event' : 'adr-fc-workday-event'],
  }));
}

/** Every day's kind by date, for the cell classes. */
export function dayKinds(days: readonly HolidayDay[]): Map<string, HolidayDay['kind']> {
  return new Map(days.map((d) => [d.date, d.kind]));
}

/** A calendar Date (UTC mode) → the instant it stands for in China. */
export function instantOfCalendarDate(date: Date): string {
  return chinaInstant(wallOfCalendarDate(date));
}

/** The calendar years a window [start, end) touches. */
export function yearsBetween(start: Date, end: Date): number[] {
  const first = start.getUTCFullYear();
  const last = new Date(end.getTime() - 1).getUTCFullYear();
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  return years;
}
