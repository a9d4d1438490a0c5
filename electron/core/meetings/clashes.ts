import type { Clash, MeetingStatus } from '../../contract/schemas/meetings';
import type { Localized } from '../../contract/result';
import type { HolidayCalendar } from '../clocks';
import { addDays } from '../dates';
import { chinaDateOf, chinaMinutesOf, dayLabel, hhmm, instantMs, parseHhmm, spanLabel, weekdayLabel } from './meeting-time';
import type { WorkingHours } from './working-hours';

/**
 * The clash rules, pure: the meeting being saved, the meetings that might overlap it, the holiday
 * calendar and the working hours in; the clashes out. No database, so every rule is tested on its
 * own (clash-check.ts feeds it from the database).
 *
 * - the same room in an overlapping meeting → error (a room cannot hold two meetings);
 * - the same staff member, or the same agency contact, invited to an overlapping meeting →
 *   warning (people do step out of one meeting into another, but the secretary should know);
 * - a day of the meeting is a rest day per the holiday calendar (weekend or holiday; a 调休
 *   makeup working day counts as a working day) → warning;
 * - the meeting starts before or ends after the working hours (China time) → warning.
 *
 * Overlap is a.start < b.end AND b.start < a.end: a meeting ending at 10:00 and the next starting
 * at 10:00 do not clash. Cancelled meetings and the meeting itself never clash.
 */

export interface ClashSubject {
  /** null for a meeting not saved yet. */
  id: string | null;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  roomName: string | null;
  staff: readonly { operatorId: string; name: string }[];
  contacts: readonly { contactId: string; name: string }[];
}

export interface ClashCandidate {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: MeetingStatus;
  roomId: string | null;
  operatorIds: readonly string[];
  contactIds: readonly string[];
}

export interface ClashEnvironment {
  calendar: HolidayCalendar;
  /** Names of listed holidays ('国庆节'), for the message; optional. */
  holidayNames?: ReadonlyMap<string, string>;
  hours: WorkingHours;
}

export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return instantMs(a.startsAt) < instantMs(b.endsAt) && instantMs(b.startsAt) < instantMs(a.endsAt);
}

function other(c: ClashCandidate): NonNullable<Clash['other']> {
  return { id: c.id, title: c.title, startsAt: c.startsAt, endsAt: c.endsAt };
}

function peopleClash(kind: 'staff' | 'contact', name: string, c: ClashCandidate, when: Localized): Clash {
  const zhWho = kind === 'staff' ? `工作人员「${name}」` : `单位联系人「${name}」`;
  const enWho = kind === 'staff' ? `Staff member ${name}` : `Agency contact ${name}`;
  return {
    kind,
    severity: 'warning',
    message: {
      'zh-CN': `${zhWho}同时受邀参加「${c.title}」（${when['zh-CN']}）`,
      en: `${enWho} is also invited to "${c.title}" (${when.en})`,
    },
    other: other(c),
  };
}

/** The China dates the meeting touches (an end at exactly midnight does not touch the next day). */
function meetingDates(subject: ClashSubject): string[] {
  const first = chinaDateOf(subject.startsAt);
  const last = chinaDateOf(new Date(instantMs(subject.endsAt) - 1).toISOString());
  const dates: string[] = [];
  for (let d = first; d <= last && dates.length < 31; d = addDays(d, 1)) dates.push(d);
  return dates;
}

function restDayClash(date: string, env: ClashEnvironment, refYear: number): Clash {
  const day = dayLabel(date, refYear);
  const name = env.holidayNames?.get(date);
  const holiday = env.calendar.kindOf(date) === 'holiday';
  const message: Localized = holiday
    ? {
        'zh-CN': `${day['zh-CN']}是法定节假日${name ? `（${name}）` : ''}，不是工作日`,
        en: `${day.en} is a public holiday${name ? ` (${name})` : ''}, not a working day`,
      }
    : {
        'zh-CN': `${day['zh-CN']}（${weekdayLabel(date)['zh-CN']}）是休息日，不是工作日`,
        en: `${day.en} (${weekdayLabel(date).en}) is a rest day, not a working day`,
      };
  return { kind: 'holiday', severity: 'warning', message, other: null };
}

function afterHours(subject: ClashSubject, hours: WorkingHours, refYear: number): Clash | null {
  const open = parseHhmm(hours.start)!;
  const close = parseHhmm(hours.end)!;
  const sameDay = chinaDateOf(subject.startsAt) === chinaDateOf(subject.endsAt);
  if (sameDay && chinaMinutesOf(subject.startsAt) >= open && chinaMinutesOf(subject.endsAt) <= close) return null;
  const when = spanLabel(subject.startsAt, subject.endsAt, refYear);
  const range = `${hhmm(open)}–${hhmm(close)}`;
  return {
    kind: 'after_hours',
    severity: 'warning',
    message: {
      'zh-CN': `会议时间（${when['zh-CN']}）超出工作时间 ${range}`,
      en: `The meeting (${when.en}) is outside working hours (${range})`,
    },
    other: null,
  };
}

export function findClashes(subject: ClashSubject, candidates: readonly ClashCandidate[], env: ClashEnvironment): Clash[] {
  const refYear = Number(chinaDateOf(subject.startsAt).slice(0, 4));
  const live = candidates.filter((c) => c.status !== 'cancelled' && c.id !== subject.id && overlaps(subject, c));
  const rooms: Clash[] = [];
  const people: Clash[] = [];
  for (const c of live) {
    const when = spanLabel(c.startsAt, c.endsAt, refYear);
    if (subject.roomId !== null && c.roomId === subject.roomId) {
      const room = subject.roomName ?? subject.roomId;
      rooms.push({
        kind: 'room',
        severity: 'error',
        message: {
          'zh-CN': `会议室「${room}」已被「${c.title}」占用（${when['zh-CN']}）`,
          en: `Room "${room}" is already booked for "${c.title}" (${when.en})`,
        },
        other: other(c),
      });
    }
    for (const s of subject.staff) if (c.operatorIds.includes(s.operatorId)) people.push(peopleClash('staff', s.name, c, when));
    for (const k of subject.contacts) if (c.contactIds.includes(k.contactId)) people.push(peopleClash('contact', k.name, c, when));
  }
  // Staff before contacts, each in the order of the other meetings.
  people.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'staff' ? -1 : 1));
  const days = meetingDates(subject)
    .filter((d) => env.calendar.isRestDay(d))
    .map((d) => restDayClash(d, env, refYear));
  const hours = afterHours(subject, env.hours, refYear);
  return [...rooms, ...people, ...days, ...(hours ? [hours] : [])];
}
