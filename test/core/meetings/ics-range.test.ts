import { describe, expect, it } from 'vitest';
import { meetingsCalendarIcs, meetingUid } from '../../../electron/core/meetings/ics/build-ics';
import { safeFileName } from '../../../electron/core/meetings/ics/ics-file-name';
import { meetingsForRange, rangeInstants } from '../../../electron/core/meetings/ics/ics-range';
import { CONTEXT, meetingDetail, parse, vevents } from './ics-fixtures';

/** A range of dates as one calendar file, and the file names invitations are saved under. */

const at = (id: string, startsAt: string, endsAt: string, status: 'draft' | 'scheduled' | 'held' | 'cancelled' = 'scheduled') =>
  meetingDetail({ id, title: `会议${id}`, startsAt, endsAt, status });

describe('range of meetings (.ics)', () => {
  it('takes 00:00 China time on the first day up to 00:00 after the last day', () => {
    expect(rangeInstants('2026-12-01', '2026-12-31')).toEqual({ from: '2026-12-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00' });
  });

  it('contains exactly the non-draft meetings overlapping the range, in time order, cancelled ones included', () => {
    const meetings = [
      at('late', '2026-12-31T15:00:00.000Z', '2026-12-31T16:00:00.000Z'), // 23:00–24:00 on 31 Dec China time: in
      at('before', '2026-11-30T14:00:00.000Z', '2026-11-30T16:00:00.000Z'), // ends 00:00 on 1 Dec: touches, not in
      at('after', '2026-12-31T16:00:00.000Z', '2026-12-31T17:00:00.000Z'), // starts 00:00 on 1 Jan: not in
      at('across', '2026-11-30T15:00:00.000Z', '2026-11-30T17:00:00.000Z'), // 23:00 30 Nov – 01:00 1 Dec: in
      at('draft', '2026-12-10T01:00:00.000Z', '2026-12-10T02:00:00.000Z', 'draft'),
      at('held', '2026-12-02T01:00:00.000Z', '2026-12-02T02:00:00.000Z', 'held'),
      at('cancelled', '2026-12-05T01:00:00.000Z', '2026-12-05T02:00:00.000Z', 'cancelled'),
    ];
    const chosen = meetingsForRange(meetings, '2026-12-01', '2026-12-31');
    expect(chosen.map((m) => m.id)).toEqual(['across', 'held', 'cancelled', 'late']);
  });

  it('is one METHOD:PUBLISH calendar: one VEVENT per meeting with its UID, one VTIMEZONE, invitees named in the description instead of ATTENDEEs', () => {
    const meetings = [
      at('a', '2026-12-02T01:00:00.000Z', '2026-12-02T02:00:00.000Z'),
      at('b', '2026-12-05T01:00:00.000Z', '2026-12-05T02:00:00.000Z', 'cancelled'),
    ];
    const text = meetingsCalendarIcs(meetings, CONTEXT, '会议日程 2026-12-01至2026-12-31');
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('会议日程 2026-12-01至2026-12-31');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const events = vevents(text);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([meetingUid('a'), meetingUid('b')]);
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(events.every((e) => e.getAllProperties('attendee').length === 0)).toBe(true);
    expect(events.every((e) => e.getFirstProperty('organizer') !== null)).toBe(true);
    expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('参会人员：王主任（市司法局）、张协调、刘法官、李某');
  });
});

describe('invitation file names', () => {
  it('keep Chinese titles and replace what Windows refuses', () => {
    expect(safeFileName('2026年12月行政争议案情研判会', 'ics')).toBe('2026年12月行政争议案情研判会.ics');
    expect(safeFileName('关于"征收"问题: A/B\\C|D?*<>', 'ics')).toBe('关于_征收_问题_ A_B_C_D____.ics');
    expect(safeFileName('会议\n纪要\t. . ', 'ics')).toBe('会议 纪要.ics');
    expect(safeFileName('CON', 'ics')).toBe('_CON.ics');
    expect(safeFileName('   ', 'ics')).toBe('会议.ics');
    expect(Array.from(safeFileName('长'.repeat(200), 'ics'))).toHaveLength(80 + 4);
  });
});
