import { describe, expect, it } from 'vitest';
import type { Clash, MeetingDetail, MeetingSummary, Room } from '../../../electron/contract/schemas/meetings';
import { putSetting } from '../../../electron/core/services/settings';
import { auditEntries } from '../cases/fixture';
import { call, count, draft, failure, meetingFixture, type MeetingFixture } from './fixture';

interface SaveResult {
  saved: boolean;
  meeting: MeetingDetail | null;
  clashes: Clash[];
}

async function save(f: MeetingFixture, meeting: object, acceptWarnings = false): Promise<SaveResult> {
  return call<SaveResult>(f, 'meetings.save', { meeting, acceptWarnings });
}

async function created(f: MeetingFixture, overrides: object = {}): Promise<MeetingDetail> {
  const result = await save(f, draft(f, overrides), true);
  expect(result.saved).toBe(true);
  return result.meeting!;
}

/** The form's view of a saved meeting, to send back with changes. */
function asDraft(m: MeetingDetail) {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    roomId: m.roomId,
    place: m.place,
    status: m.status as 'draft' | 'scheduled',
    invitees: m.invitees.map((i) => ({ kind: i.kind, operatorId: i.operatorId, contactId: i.contactId, partyId: i.partyId, name: i.name, email: i.email, role: i.role })),
    agenda: m.agenda.map((a) => ({ id: a.id, caseId: a.caseId, topic: a.topic, presenter: a.presenter, minutesAllotted: a.minutesAllotted })),
  };
}

describe('rooms and series', () => {
  it('room names are unique (as people read them); the error names the field in both languages', async () => {
    const f = await meetingFixture();
    const error = await failure(f, 'rooms.save', { name: ' 第一调解室 ' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'name', message: { 'zh-CN': '已有同名会议室「第一调解室」', en: 'There is already a room named "第一调解室"' } }]);
    const hall = await call<Room>(f, 'rooms.save', { name: '中心会议室', capacity: 30 });
    await call<Room>(f, 'rooms.save', { id: f.rooms.second, name: '第二调解室', active: false });
    const rooms = await call<Room[]>(f, 'rooms.list', {});
    expect(rooms.map((r) => [r.name, r.active])).toEqual([
      ['第一调解室', true],
      ['中心会议室', true],
      ['第二调解室', false],
    ]);
    expect(hall).toMatchObject({ capacity: 30, location: null, active: true });
    expect(auditEntries(f.core, 'room.update')).toHaveLength(1);
  });

  it('a meeting saved with a new series name starts the series; series.list counts its meetings', async () => {
    const f = await meetingFixture();
    const first = await created(f, { newSeriesName: '月度案情研判会' });
    expect(first.seriesName).toBe('月度案情研判会');
    await created(f, { seriesId: first.seriesId, startsAt: '2027-01-12T09:00:00+08:00', endsAt: '2027-01-12T11:00:00+08:00' });
    expect(await call(f, 'series.list', {})).toEqual([{ id: first.seriesId, name: '月度案情研判会', kind: 'analysis', meetings: 2 }]);
    const both = await failure(f, 'meetings.save', { meeting: draft(f, { seriesId: first.seriesId!, newSeriesName: '另一个' }) });
    expect(both.fields?.[0]?.path).toBe('meeting.newSeriesName');
  });
});

describe('meetings.save', () => {
  it('stores the instants in UTC, fills names from the linked records and defaults the organiser to the acting operator', async () => {
    const f = await meetingFixture();
    const m = await created(f, {
      invitees: [
        { kind: 'staff', operatorId: f.staff.me, role: 'chair' },
        { kind: 'agency_contact', contactId: f.contacts.wang },
        { kind: 'court_staff', name: '孙法官', email: 'sun@court.example.cn' },
      ],
    });
    expect(m).toMatchObject({
      startsAt: '2026-12-03T01:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
      roomName: '第一调解室',
      status: 'scheduled',
      organiserId: f.staff.me,
      organiserName: '张协调',
      icsSequence: 0,
      agendaCount: 2,
      inviteeCount: 3,
    });
    expect(m.invitees.map((i) => [i.kind, i.name, i.agencyName, i.email, i.role])).toEqual([
      ['staff', '张协调', null, null, 'chair'],
      ['agency_contact', '王科长', '秦皇岛市自然资源和规划局', 'wang@zrzy.example.cn', 'required'],
      ['court_staff', '孙法官', null, 'sun@court.example.cn', 'required'],
    ]);
    expect(m.agenda.map((a) => [a.sort, a.caseNumber, a.caseTitle, a.topic])).toEqual([
      [10, '行化〔2026〕1号', '王某诉市自然资源和规划局房屋征收补偿决定案', null],
      [20, null, null, '年度化解工作情况通报'],
    ]);
    expect(auditEntries(f.core, 'meeting.create')).toMatchObject([{ entity_id: m.id, detail: { title: '案情研判会', invitees: ['张协调', '王科长', '孙法官'] } }]);
  });

  it('refuses a double-booked room with saved:false and writes nothing, even with acceptWarnings', async () => {
    const f = await meetingFixture();
    const first = await created(f);
    const rows = ['meetings', 'meeting_invitees', 'agenda_items', 'meeting_series', 'audit_log'].map((t) => count(f, t));
    const result = await save(f, draft(f, { title: '协调会', startsAt: '2026-12-03T10:30:00+08:00', endsAt: '2026-12-03T12:00:00+08:00', newSeriesName: '新系列' }), true);
    expect(result.saved).toBe(false);
    expect(result.meeting).toBeNull();
    expect(result.clashes.map((c) => [c.kind, c.severity])).toEqual([
      ['room', 'error'],
      ['staff', 'warning'],
      ['contact', 'warning'],
    ]);
    expect(result.clashes[0]!.message['zh-CN']).toBe('会议室「第一调解室」已被「案情研判会」占用（12月3日 09:00–11:00）');
    expect(result.clashes[0]!.other?.id).toBe(first.id);
    expect(['meetings', 'meeting_invitees', 'agenda_items', 'meeting_series', 'audit_log'].map((t) => count(f, t))).toEqual(rows);
    // Another room, right after the first meeting ends: no clash at all.
    const next = await save(f, draft(f, { title: '协调会', startsAt: '2026-12-03T11:00:00+08:00', endsAt: '2026-12-03T12:00:00+08:00' }));
    expect(next).toMatchObject({ saved: true, clashes: [] });
  });

  it('warnings stop the save until they are accepted; accepted ones come back with the saved meeting', async () => {
    const f = await meetingFixture();
    await created(f);
    // The same contact, another room, overlapping; on a Saturday after hours as well.
    const other = draft(f, { title: '协调会', roomId: f.rooms.second, startsAt: '2026-12-03T10:00:00+08:00', endsAt: '2026-12-03T12:00:00+08:00' });
    const refused = await save(f, other);
    expect(refused.saved).toBe(false);
    expect(refused.clashes.map((c) => c.kind)).toEqual(['staff', 'contact']);
    expect(count(f, 'meetings')).toBe(1);
    const checked = await call<Clash[]>(f, 'meetings.check', { meeting: other });
    expect(checked).toEqual(refused.clashes);
    expect(count(f, 'meetings')).toBe(1);
    const accepted = await save(f, other, true);
    expect(accepted.saved).toBe(true);
    expect(accepted.clashes.map((c) => c.kind)).toEqual(['staff', 'contact']);
    expect(count(f, 'meetings')).toBe(2);
    expect(auditEntries(f.core, 'meeting.create')[1]!.detail.acceptedClashes).toEqual(['staff', 'contact']);

    const weekend = await save(f, draft(f, { startsAt: '2026-12-05T18:00:00+08:00', endsAt: '2026-12-05T20:00:00+08:00' }));
    expect(weekend.clashes.map((c) => c.kind)).toEqual(['holiday', 'after_hours']);
    putSetting(f.core, 'meetings.working_hours', { start: '08:00', end: '21:00' });
    expect((await save(f, draft(f, { startsAt: '2026-12-04T18:00:00+08:00', endsAt: '2026-12-04T20:00:00+08:00' }))).saved).toBe(true);
  });

  it('validation errors name the field in both languages', async () => {
    const f = await meetingFixture();
    const error = await failure(f, 'meetings.save', {
      meeting: draft(f, {
        endsAt: '2026-12-03T09:00:00+08:00',
        roomId: null,
        place: null,
        invitees: [
          { kind: 'staff' },
          { kind: 'agency_contact', contactId: 'nope' },
          { kind: 'court_staff' },
          { kind: 'staff', operatorId: f.staff.me },
          { kind: 'staff', operatorId: f.staff.me },
        ],
        agenda: [{ presenter: '张协调' }, { caseId: 'missing' }],
      }),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([
      { path: 'meeting.endsAt', message: { 'zh-CN': '结束时间须晚于开始时间', en: 'The end must be after the start' } },
      { path: 'meeting.roomId', message: { 'zh-CN': '请选择会议室或填写会议地点', en: 'Choose a room or enter a place' } },
      { path: 'meeting.invitees.0.operatorId', message: { 'zh-CN': '工作人员须选择具体人员', en: 'Choose which staff member to invite' } },
      { path: 'meeting.invitees.1.contactId', message: { 'zh-CN': '所选单位联系人不存在', en: 'The chosen agency contact does not exist' } },
      { path: 'meeting.invitees.2.name', message: { 'zh-CN': '请填写法院人员姓名', en: 'Enter the name of the court staff member' } },
      { path: 'meeting.invitees.4', message: { 'zh-CN': '「张协调」重复邀请', en: '张协调 is invited twice' } },
      { path: 'meeting.agenda.0.topic', message: { 'zh-CN': '议程须选择案件或填写议题', en: 'An agenda item needs a case or a topic' } },
      { path: 'meeting.agenda.1.caseId', message: { 'zh-CN': '所选案件不存在或已删除', en: 'The chosen case does not exist or was deleted' } },
    ]);
    expect(count(f, 'meetings')).toBe(0);

    await call(f, 'rooms.save', { id: f.rooms.second, name: '第二调解室', active: false });
    const inactive = await failure(f, 'meetings.save', { meeting: draft(f, { roomId: f.rooms.second }) });
    expect(inactive.fields).toEqual([{ path: 'meeting.roomId', message: { 'zh-CN': '会议室「第二调解室」已停用', en: 'Room "第二调解室" is no longer in use' } }]);
    // An outside place instead of a room is fine.
    expect((await save(f, draft(f, { roomId: null, place: '海港区人民政府三楼会议室' }))).meeting?.place).toBe('海港区人民政府三楼会议室');
  });

  it('raises the SEQUENCE on changes to time, place, agenda, invitees or status, not on the title', async () => {
    const f = await meetingFixture();
    const m = await created(f);
    const seq = async (changes: object) => (await save(f, { ...asDraft(await call<MeetingDetail>(f, 'meetings.get', { id: m.id })), ...changes }, true)).meeting!.icsSequence;
    expect(await seq({ title: '十二月案情研判会' })).toBe(0);
    expect(await seq({})).toBe(0);
    expect(await seq({ startsAt: '2026-12-03T09:30:00+08:00' })).toBe(1);
    expect(await seq({ roomId: f.rooms.second })).toBe(2);
    expect(await seq({ roomId: null, place: '市司法局会议室' })).toBe(3);
    expect(await seq({ roomId: null, place: '市司法局二楼会议室' })).toBe(4);
    const detail = await call<MeetingDetail>(f, 'meetings.get', { id: m.id });
    expect(await seq({ agenda: asDraft(detail).agenda.slice(0, 1) })).toBe(5);
    expect(await seq({ invitees: [...asDraft(detail).invitees, { kind: 'staff', operatorId: f.staff.li }] })).toBe(6);
    const moved = await call<SaveResult>(f, 'meetings.move', { id: m.id, startsAt: '2026-12-03T14:00:00+08:00', endsAt: '2026-12-03T16:00:00+08:00' });
    expect(moved.meeting!.icsSequence).toBe(7);
    const cancelled = await call<MeetingDetail>(f, 'meetings.setStatus', { id: m.id, status: 'cancelled', reason: '改期' });
    expect(cancelled.icsSequence).toBe(8);
    expect(auditEntries(f.core, 'meeting.update').map((e) => e.detail.sequence)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('agenda and invitees are full lists: kept by id / by person, new ones inserted, missing ones deleted, order from the list', async () => {
    const f = await meetingFixture();
    const m = await created(f);
    const [caseItem, topicItem] = m.agenda;
    const wangId = m.invitees.find((i) => i.contactId === f.contacts.wang)!.id;
    const d = asDraft(m);
    const result = await save(
      f,
      {
        ...d,
        invitees: [
          { kind: 'agency_contact', contactId: f.contacts.wang, role: 'optional' },
          { kind: 'agency_contact', contactId: f.contacts.zhao },
        ],
        agenda: [
          { id: topicItem!.id, topic: '年度化解工作情况通报（修订）', minutesAllotted: 10 },
          { caseId: f.cases.b, questions: '是否启动司法确认' },
          { id: caseItem!.id, caseId: f.cases.a, presenter: '李秘书' },
        ],
      },
      true,
    );
    const after = result.meeting!;
    expect(after.agenda.map((a) => [a.id === topicItem!.id, a.id === caseItem!.id, a.sort, a.caseNumber, a.topic, a.presenter])).toEqual([
      [true, false, 10, null, '年度化解工作情况通报（修订）', null],
      [false, false, 20, '行化〔2026〕2号', null, null],
      [false, true, 30, '行化〔2026〕1号', null, '李秘书'],
    ]);
    expect(after.invitees.map((i) => [i.name, i.role, i.id === wangId])).toEqual([
      ['王科长', 'optional', true],
      ['赵主任', 'required', false],
    ]);
    expect(count(f, 'meeting_invitees')).toBe(2);
    expect(count(f, 'agenda_items')).toBe(3);
    expect(auditEntries(f.core, 'meeting.update')[0]!.detail).toMatchObject({
      invitees: { added: ['赵主任'], removed: ['张协调'], updated: ['王科长'] },
      agenda: { added: ['行化〔2026〕2号'], removed: [], updated: ['年度化解工作情况通报（修订）', '行化〔2026〕1号'] },
    });
    // An id from another meeting is refused.
    const other = await created(f, { roomId: f.rooms.second, startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T10:00:00+08:00' });
    const foreign = await failure(f, 'meetings.save', { meeting: { ...asDraft(other), agenda: [{ id: caseItem!.id, caseId: f.cases.a }] } });
    expect(foreign.fields).toEqual([{ path: 'meeting.agenda.0.id', message: { 'zh-CN': '议程项不属于本会议', en: 'The agenda item is not one of this meeting’s' } }]);
  });

  it('an agenda item with minutes or action items cannot be removed', async () => {
    const f = await meetingFixture();
    const m = await created(f);
    f.core.sqlite.prepare("UPDATE agenda_items SET discussion = '已讨论' WHERE id = ?").run(m.agenda[0]!.id);
    const error = await failure(f, 'meetings.save', { meeting: { ...asDraft(m), agenda: asDraft(m).agenda.slice(1) }, acceptWarnings: true });
    expect(error.fields).toEqual([
      {
        path: 'meeting.agenda',
        message: {
          'zh-CN': '议程「行化〔2026〕1号」已有会议记录或督办事项，不能删除',
          en: 'The agenda item "行化〔2026〕1号" already has minutes or action items and cannot be removed',
        },
      },
    ]);
    expect(count(f, 'agenda_items')).toBe(2);
  });

  it('a scheduled meeting cannot go back to draft through the form; a held one cannot be edited', async () => {
    const f = await meetingFixture({ clockIso: '2026-12-03T04:00:00.000Z' });
    const m = await created(f);
    const back = await failure(f, 'meetings.save', { meeting: { ...asDraft(m), status: 'draft' } });
    expect(back.fields?.[0]?.path).toBe('meeting.status');
    await call(f, 'meetings.setStatus', { id: m.id, status: 'held' });
    const held = await failure(f, 'meetings.save', { meeting: asDraft(m) });
    expect(held).toMatchObject({ code: 'CONFLICT', message: { 'zh-CN': expect.stringContaining('已召开，安排不能再修改') } });
    const move = await failure(f, 'meetings.move', { id: m.id, startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T10:00:00+08:00' });
    expect(move.code).toBe('CONFLICT');
  });
});

describe('meetings.move and meetings.list', () => {
  it('a move runs the same clash check: a room clash is refused and nothing moves', async () => {
    const f = await meetingFixture();
    const a = await created(f);
    const b = await created(f, { title: '协调会', startsAt: '2026-12-03T14:00:00+08:00', endsAt: '2026-12-03T15:00:00+08:00', invitees: [] });
    const refused = await call<SaveResult>(f, 'meetings.move', { id: b.id, startsAt: '2026-12-03T10:00:00+08:00', endsAt: '2026-12-03T11:30:00+08:00', acceptWarnings: true });
    expect(refused).toMatchObject({ saved: false, meeting: null, clashes: [{ kind: 'room', severity: 'error', other: { id: a.id } }] });
    expect((await call<MeetingDetail>(f, 'meetings.get', { id: b.id })).startsAt).toBe('2026-12-03T06:00:00.000Z');
    // Resizing to end exactly when the other starts is fine.
    const ok = await call<SaveResult>(f, 'meetings.move', { id: b.id, startsAt: '2026-12-03T08:30:00+08:00', endsAt: '2026-12-03T09:00:00+08:00' });
    expect(ok).toMatchObject({ saved: true, clashes: [], meeting: { startsAt: '2026-12-03T00:30:00.000Z', endsAt: '2026-12-03T01:00:00.000Z', icsSequence: 1 } });
    const bad = await failure(f, 'meetings.move', { id: b.id, startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T08:00:00+08:00' });
    expect(bad.fields).toEqual([{ path: 'endsAt', message: { 'zh-CN': '结束时间须晚于开始时间', en: 'The end must be after the start' } }]);
    expect(auditEntries(f.core, 'meeting.move')).toHaveLength(1);
  });

  it('lists meetings overlapping [from, to), cancelled ones only when asked', async () => {
    const f = await meetingFixture();
    const a = await created(f);
    const b = await created(f, { title: '协调会', startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T10:00:00+08:00' });
    const c = await created(f, { title: '化解会', startsAt: '2026-12-04T14:00:00+08:00', endsAt: '2026-12-04T15:00:00+08:00' });
    await call(f, 'meetings.setStatus', { id: c.id, status: 'cancelled' });
    const list = (input: object) => call<MeetingSummary[]>(f, 'meetings.list', input).then((r) => r.map((m) => m.title));
    // 2026-12-03 11:00 China time is exactly when the first meeting ends: it is not in the window.
    expect(await list({ from: '2026-12-03T11:00:00+08:00', to: '2026-12-05T00:00:00+08:00' })).toEqual(['协调会']);
    expect(await list({ from: '2026-12-03T00:00:00+08:00', to: '2026-12-05T00:00:00+08:00', includeCancelled: true })).toEqual(['案情研判会', '协调会', '化解会']);
    expect(await list({ from: '2026-12-02T16:00:00Z', to: '2026-12-03T01:00:00Z' })).toEqual([]);
    const summaries = await call<MeetingSummary[]>(f, 'meetings.list', { from: '2026-12-01T00:00:00+08:00', to: '2026-12-31T00:00:00+08:00' });
    expect(summaries[0]).toEqual({
      id: a.id,
      seriesId: null,
      seriesName: null,
      kind: 'analysis',
      title: '案情研判会',
      startsAt: '2026-12-03T01:00:00.000Z',
      endsAt: '2026-12-03T03:00:00.000Z',
      roomId: f.rooms.first,
      roomName: '第一调解室',
      place: null,
      status: 'scheduled',
      agendaCount: 2,
      inviteeCount: 2,
    });
    expect(summaries.map((s) => s.id)).toEqual([a.id, b.id]);
  });
});
