import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar, type HolidayDay } from '../../../electron/core/clocks';
import { findClashes, overlaps, type ClashCandidate, type ClashEnvironment, type ClashSubject } from '../../../electron/core/meetings/clashes';
import { DEFAULT_WORKING_HOURS } from '../../../electron/core/meetings/working-hours';

// The real 2026 calendar as shipped (State Council notice): 国庆节 1–7 Oct, 10 Oct a 调休 Saturday.
const holidays2026 = JSON.parse(fs.readFileSync(path.resolve('resources/holidays/2026.json'), 'utf8')) as { days: HolidayDay[] };
const env: ClashEnvironment = {
  calendar: new HolidayCalendar(holidays2026.days),
  holidayNames: new Map(holidays2026.days.map((d) => [d.date, d.name])),
  hours: DEFAULT_WORKING_HOURS,
};

/** China time on a date, as the stored UTC instant. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

function subject(overrides: Partial<ClashSubject> = {}): ClashSubject {
  return {
    id: null,
    startsAt: at('2026-12-03', '09:00'),
    endsAt: at('2026-12-03', '11:00'),
    roomId: 'room-1',
    roomName: '第一调解室',
    staff: [{ operatorId: 'op-zhang', name: '张协调' }],
    contacts: [{ contactId: 'k-wang', name: '王科长' }],
    ...overrides,
  };
}

function other(overrides: Partial<ClashCandidate> = {}): ClashCandidate {
  return {
    id: 'm-2',
    title: '案情研判会',
    startsAt: at('2026-12-03', '10:00'),
    endsAt: at('2026-12-03', '12:00'),
    status: 'scheduled',
    roomId: 'room-9',
    operatorIds: [],
    contactIds: [],
    ...overrides,
  };
}

describe('clash rules', () => {
  it('the same room in an overlapping meeting is an error naming the other meeting and its China time', () => {
    const clashes = findClashes(subject(), [other({ roomId: 'room-1', startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '09:30') })], env);
    expect(clashes).toEqual([
      {
        kind: 'room',
        severity: 'error',
        message: {
          'zh-CN': '会议室「第一调解室」已被「案情研判会」占用（12月3日 08:00–09:30）',
          en: 'Room "第一调解室" is already booked for "案情研判会" (3 Dec 08:00–09:30)',
        },
        other: { id: 'm-2', title: '案情研判会', startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '09:30') },
      },
    ]);
  });

  it('the same staff member invited to an overlapping meeting is a warning', () => {
    const clashes = findClashes(subject(), [other({ operatorIds: ['op-zhang'] })], env);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({
      kind: 'staff',
      severity: 'warning',
      message: { 'zh-CN': '工作人员「张协调」同时受邀参加「案情研判会」（12月3日 10:00–12:00）', en: 'Staff member 张协调 is also invited to "案情研判会" (3 Dec 10:00–12:00)' },
      other: { id: 'm-2' },
    });
  });

  it('the same agency contact invited to an overlapping meeting is a warning', () => {
    const clashes = findClashes(subject(), [other({ contactIds: ['k-wang'] })], env);
    expect(clashes.map((c) => [c.kind, c.severity])).toEqual([['contact', 'warning']]);
    expect(clashes[0]!.message['zh-CN']).toBe('单位联系人「王科长」同时受邀参加「案情研判会」（12月3日 10:00–12:00）');
  });

  it('a meeting that ends when the next starts does not clash (overlap is start < end on both sides)', () => {
    const earlier = other({ roomId: 'room-1', operatorIds: ['op-zhang'], contactIds: ['k-wang'], startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '09:00') });
    const later = other({ id: 'm-3', roomId: 'room-1', operatorIds: ['op-zhang'], startsAt: at('2026-12-03', '11:00'), endsAt: at('2026-12-03', '12:00') });
    expect(findClashes(subject(), [earlier, later], env)).toEqual([]);
    expect(overlaps(subject(), earlier)).toBe(false);
    // One minute more and it does.
    expect(findClashes(subject(), [{ ...earlier, endsAt: at('2026-12-03', '09:01') }], env).map((c) => c.kind)).toEqual(['room', 'staff', 'contact']);
  });

  it('cancelled meetings and the meeting itself never clash', () => {
    const busy = { roomId: 'room-1', operatorIds: ['op-zhang'], contactIds: ['k-wang'] };
    expect(findClashes(subject(), [other({ ...busy, status: 'cancelled' })], env)).toEqual([]);
    expect(findClashes(subject({ id: 'm-2' }), [other(busy)], env)).toEqual([]);
    expect(findClashes(subject(), [other({ ...busy, status: 'draft' })], env).map((c) => c.kind)).toEqual(['room', 'staff', 'contact']);
  });

  it('a meeting on a public holiday is a warning naming the holiday', () => {
    const clashes = findClashes(subject({ startsAt: at('2026-10-01', '09:00'), endsAt: at('2026-10-01', '11:00') }), [], env);
    expect(clashes).toEqual([
      {
        kind: 'holiday',
        severity: 'warning',
        message: { 'zh-CN': '10月1日是法定节假日（国庆节），不是工作日', en: '1 Oct is a public holiday (国庆节), not a working day' },
        other: null,
      },
    ]);
  });

  it('an ordinary weekend day is a warning; a 调休 makeup Saturday is a working day and is not flagged', () => {
    const saturday = findClashes(subject({ startsAt: at('2026-12-05', '09:00'), endsAt: at('2026-12-05', '11:00') }), [], env);
    expect(saturday.map((c) => [c.kind, c.message['zh-CN']])).toEqual([['holiday', '12月5日（星期六）是休息日，不是工作日']]);
    // 2026-10-10 is a Saturday declared a working day (国庆节调休上班).
    expect(findClashes(subject({ startsAt: at('2026-10-10', '09:00'), endsAt: at('2026-10-10', '11:00') }), [], env)).toEqual([]);
    // So is 2026-02-28 (春节调休上班).
    expect(findClashes(subject({ startsAt: at('2026-02-28', '14:00'), endsAt: at('2026-02-28', '16:00') }), [], env)).toEqual([]);
  });

  it('outside working hours (08:30–17:30 China time) is a warning; exactly on the edges is not', () => {
    expect(findClashes(subject({ startsAt: at('2026-12-03', '08:30'), endsAt: at('2026-12-03', '17:30') }), [], env)).toEqual([]);
    const late = findClashes(subject({ startsAt: at('2026-12-03', '17:00'), endsAt: at('2026-12-03', '18:30') }), [], env);
    expect(late).toEqual([
      {
        kind: 'after_hours',
        severity: 'warning',
        message: { 'zh-CN': '会议时间（12月3日 17:00–18:30）超出工作时间 08:30–17:30', en: 'The meeting (3 Dec 17:00–18:30) is outside working hours (08:30–17:30)' },
        other: null,
      },
    ]);
    expect(findClashes(subject({ startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '09:00') }), [], env).map((c) => c.kind)).toEqual(['after_hours']);
    // Other working hours come from the setting.
    expect(findClashes(subject({ startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '09:00') }), [], { ...env, hours: { start: '08:00', end: '17:00' } })).toEqual([]);
  });

  it('errors come first, then people, then the day and the hours', () => {
    const clashes = findClashes(
      subject({ startsAt: at('2026-10-01', '18:00'), endsAt: at('2026-10-01', '20:00') }),
      [other({ roomId: 'room-1', contactIds: ['k-wang'], operatorIds: ['op-zhang'], startsAt: at('2026-10-01', '19:00'), endsAt: at('2026-10-01', '21:00') })],
      env,
    );
    expect(clashes.map((c) => `${c.kind}:${c.severity}`)).toEqual(['room:error', 'staff:warning', 'contact:warning', 'holiday:warning', 'after_hours:warning']);
  });
});
