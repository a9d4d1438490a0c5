import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../electron/contract/schemas/meetings';
import type { Task } from '../../../electron/contract/schemas/tasks';
import { auditEntries, setToday } from '../cases/fixture';
import { call, count, draft, failure, meetingFixture, type MeetingFixture } from './fixture';

/**
 * Today is Friday 2026-11-27. The series' first meeting was on Thursday 2026-11-26 09:00–11:00; the
 * next one is on 2026-12-10.
 */
async function series(f: MeetingFixture) {
  const save = async (overrides: object) =>
    (await call<{ meeting: MeetingDetail }>(f, 'meetings.save', { meeting: draft(f, overrides), acceptWarnings: true })).meeting;
  const first = await save({ title: '十一月案情研判会', startsAt: '2026-11-26T09:00:00+08:00', endsAt: '2026-11-26T11:00:00+08:00', newSeriesName: '月度案情研判会' });
  const next = await save({ title: '十二月案情研判会', startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T11:00:00+08:00', seriesId: first.seriesId });
  return { first, next };
}

function minutesInput(f: MeetingFixture, m: MeetingDetail, extra: object = {}) {
  const [caseItem, topicItem] = m.agenda;
  return {
    meetingId: m.id,
    summary: '会议听取了案件情况汇报，研究了化解方案。',
    attendance: m.invitees.map((i) => ({ inviteeId: i.id, attended: i.kind === 'staff' })),
    items: [
      { agendaItemId: caseItem!.id, discussion: '与会单位认为补偿标准有调整空间。', decision: '同意按方案推进化解。' },
      { agendaItemId: topicItem!.id, discussion: '通报了全年化解情况。' },
    ],
    actionItems: [
      { agendaItemId: caseItem!.id, agencyId: f.agencies.respondent, contactId: f.contacts.wang, description: '提交书面情况说明及证据材料', dueOn: '2026-12-04' },
      { agencyId: f.agencies.lead, description: '牵头组织现场踏勘', dueOn: '2026-12-08' },
    ],
    ...extra,
  };
}

const taskRows = (f: MeetingFixture) =>
  f.core.sqlite
    .prepare('SELECT case_id, meeting_id, action_item_id, agency_id, contact_id, request, sent_on, due_on, status FROM coordination_tasks ORDER BY request')
    .all() as Record<string, unknown>[];

describe('minutes and action items', () => {
  it('drafts can be edited freely; finalising marks the meeting held and makes one coordination task per action item', async () => {
    const f = await meetingFixture();
    const { first, next } = await series(f);
    let m = await call<MeetingDetail>(f, 'meetings.saveMinutes', minutesInput(f, first));
    expect(m.minutes).toEqual({ summary: '会议听取了案件情况汇报，研究了化解方案。', recordedBy: '张协调', finalisedAt: null });
    expect(m.invitees.map((i) => [i.name, i.attended])).toEqual([
      ['张协调', true],
      ['王科长', false],
    ]);
    const signedIn = f.core.sqlite.prepare('SELECT name, signed_in_at FROM meeting_invitees WHERE meeting_id = ? ORDER BY name').all(first.id);
    expect(signedIn).toEqual([
      { name: '张协调', signed_in_at: f.core.now() },
      { name: '王科长', signed_in_at: null },
    ]);
    expect(m.agenda.map((a) => [a.discussion, a.decision])).toEqual([
      ['与会单位认为补偿标准有调整空间。', '同意按方案推进化解。'],
      ['通报了全年化解情况。', null],
    ]);
    // The first item's case comes from its agenda item; no tasks before finalising.
    expect(m.actionItems.map((a) => [a.caseNumber, a.agencyName, a.contactName, a.dueOn, a.status, a.taskId])).toEqual([
      ['行化〔2026〕1号', '秦皇岛市自然资源和规划局', '王科长', '2026-12-04', 'open', null],
      [null, '秦皇岛市海港区人民政府', null, '2026-12-08', 'open', null],
    ]);
    expect(count(f, 'coordination_tasks')).toBe(0);
    // Open items without a task already carry over to the next meeting of the series.
    expect((await call<MeetingDetail>(f, 'meetings.get', { id: next.id })).carriedOver.map((a) => a.description)).toEqual([
      '提交书面情况说明及证据材料',
      '牵头组织现场踏勘',
    ]);

    // The full list again: the second item changes, the first is dropped.
    const kept = m.actionItems[1]!;
    m = await call<MeetingDetail>(f, 'meetings.saveMinutes', {
      ...minutesInput(f, first),
      actionItems: [{ id: kept.id, agencyId: f.agencies.lead, contactId: f.contacts.zhao, description: '牵头组织现场踏勘并形成报告', dueOn: '2026-12-09' }],
    });
    expect(m.actionItems.map((a) => [a.id, a.description, a.contactName])).toEqual([[kept.id, '牵头组织现场踏勘并形成报告', '赵主任']]);

    m = await call<MeetingDetail>(f, 'meetings.saveMinutes', { ...minutesInput(f, first), finalise: true });
    expect(m.status).toBe('held');
    expect(m.icsSequence).toBe(1);
    expect(m.minutes?.finalisedAt).toBe(f.core.now());
    expect(m.actionItems.every((a) => a.taskId !== null && a.taskStatus === 'sent')).toBe(true);
    const caseA = f.cases.a;
    expect(taskRows(f)).toEqual([
      { case_id: caseA, meeting_id: first.id, action_item_id: m.actionItems[0]!.id, agency_id: f.agencies.respondent, contact_id: f.contacts.wang, request: '提交书面情况说明及证据材料', sent_on: '2026-11-26', due_on: '2026-12-04', status: 'sent' },
      { case_id: null, meeting_id: first.id, action_item_id: m.actionItems[1]!.id, agency_id: f.agencies.lead, contact_id: null, request: '牵头组织现场踏勘', sent_on: '2026-11-26', due_on: '2026-12-08', status: 'sent' },
    ]);
    // The task is on the agency's list like any other, linked to the meeting.
    const listed = await call<{ items: Task[] }>(f, 'tasks.list', { agencyId: f.agencies.respondent });
    expect(listed.items.map((t) => [t.request, t.meetingId, t.caseNumber])).toEqual([['提交书面情况说明及证据材料', first.id, '行化〔2026〕1号']]);

    // Finalising again makes no second task.
    const again = await call<MeetingDetail>(f, 'meetings.saveMinutes', { ...minutesInput(f, first, { actionItems: [] }), finalise: true });
    expect(again.actionItems.map((a) => a.taskId)).toEqual(m.actionItems.map((a) => a.taskId));
    expect(count(f, 'coordination_tasks')).toBe(2);
    expect(auditEntries(f.core, 'minutes.finalise')).toHaveLength(1);
  });

  it('after finalising, minutes are read-only except new action items, which become tasks at once', async () => {
    const f = await meetingFixture();
    const { first } = await series(f);
    const finalised = await call<MeetingDetail>(f, 'meetings.saveMinutes', { ...minutesInput(f, first), finalise: true });
    const changed = await failure(f, 'meetings.saveMinutes', { ...minutesInput(f, first, { summary: '改写的摘要' }), actionItems: [] });
    expect(changed).toMatchObject({ code: 'CONFLICT', message: { 'zh-CN': expect.stringContaining('会议纪要已于2026-11-27定稿，只能补充督办事项') } });
    const attendance = await failure(f, 'meetings.saveMinutes', { meetingId: first.id, attendance: [{ inviteeId: first.invitees[1]!.id, attended: true }] });
    expect(attendance.code).toBe('CONFLICT');
    const item = finalised.actionItems[0]!;
    const edit = await failure(f, 'meetings.saveMinutes', {
      meetingId: first.id,
      actionItems: [{ id: item.id, agendaItemId: item.agendaItemId, agencyId: item.agencyId, contactId: item.contactId, description: '改了', dueOn: item.dueOn }],
    });
    expect(edit.code).toBe('CONFLICT');
    expect(count(f, 'coordination_tasks')).toBe(2);

    // Only the addition is sent; the existing items stay.
    const added = await call<MeetingDetail>(f, 'meetings.saveMinutes', {
      meetingId: first.id,
      actionItems: [{ caseId: f.cases.b, agencyId: f.agencies.supporting, contactId: f.contacts.other, description: '补充提供登记档案', dueOn: '2026-12-03' }],
    });
    expect(added.actionItems).toHaveLength(3);
    expect(added.actionItems[2]).toMatchObject({ description: '补充提供登记档案', caseNumber: '行化〔2026〕2号', taskStatus: 'sent' });
    expect(added.minutes?.summary).toBe('会议听取了案件情况汇报，研究了化解方案。');
    expect(count(f, 'coordination_tasks')).toBe(3);
    // The same full form sent back unchanged is accepted and changes nothing.
    await call(f, 'meetings.saveMinutes', { ...minutesInput(f, first), actionItems: added.actionItems.map((a) => ({ id: a.id, agendaItemId: a.agendaItemId, caseId: a.caseId, agencyId: a.agencyId!, contactId: a.contactId, description: a.description, dueOn: a.dueOn! })) });
    expect(count(f, 'coordination_tasks')).toBe(3);
    expect(count(f, 'action_items')).toBe(3);
  });

  it('action items are checked: the contact belongs to the agency, due not before the meeting date; errors in both languages', async () => {
    const f = await meetingFixture();
    const { first } = await series(f);
    const error = await failure(f, 'meetings.saveMinutes', {
      meetingId: first.id,
      attendance: [{ inviteeId: 'someone', attended: true }],
      actionItems: [
        { agencyId: f.agencies.respondent, contactId: f.contacts.zhao, description: '提交材料', dueOn: '2026-11-25' },
        { agencyId: 'missing', description: '提交材料', dueOn: '2026-12-01' },
      ],
    });
    expect(error.fields).toEqual([
      { path: 'attendance.0.inviteeId', message: { 'zh-CN': '该参会人员不在本会议的邀请名单中', en: 'This person is not on the meeting’s invitation list' } },
      { path: 'actionItems.0.contactId', message: { 'zh-CN': '联系人不属于所选单位', en: 'The contact does not belong to the chosen agency' } },
      { path: 'actionItems.0.dueOn', message: { 'zh-CN': '完成期限不能早于会议日期（2026-11-26）', en: 'The due date cannot be before the meeting date (2026-11-26)' } },
      { path: 'actionItems.1.agencyId', message: { 'zh-CN': '请选择承办单位（所选单位不存在）', en: 'Choose the agency (the chosen one does not exist)' } },
    ]);
    expect(count(f, 'action_items')).toBe(0);
    expect(count(f, 'minutes')).toBe(0);
  });

  it('a meeting cannot be finalised before it starts, nor minuted once cancelled', async () => {
    const f = await meetingFixture();
    const { next } = await series(f);
    const early = await failure(f, 'meetings.saveMinutes', { ...minutesInput(f, next, { actionItems: [] }), finalise: true });
    expect(early.message.en).toContain('has not started yet');
    expect(count(f, 'minutes')).toBe(0);
    expect(count(f, 'action_items')).toBe(0);
    await call(f, 'meetings.setStatus', { id: next.id, status: 'cancelled' });
    const cancelled = await failure(f, 'meetings.saveMinutes', minutesInput(f, next));
    expect(cancelled.message['zh-CN']).toContain('已取消，不能填写会议纪要');
  });

  it('open action items carry over to later meetings of the series until their task is answered or closed', async () => {
    const f = await meetingFixture();
    const { first, next } = await series(f);
    const done = await call<MeetingDetail>(f, 'meetings.saveMinutes', { ...minutesInput(f, first), finalise: true });
    const [evidence, survey] = done.actionItems;
    const carried = async () => (await call<MeetingDetail>(f, 'meetings.get', { id: next.id })).carriedOver;
    expect((await carried()).map((a) => [a.meetingId, a.description, a.taskStatus])).toEqual([
      [first.id, '提交书面情况说明及证据材料', 'sent'],
      [first.id, '牵头组织现场踏勘', 'sent'],
    ]);
    // Not into the meeting itself, nor into a meeting outside the series.
    expect(done.carriedOver).toEqual([]);
    const outside = await call<{ meeting: MeetingDetail }>(f, 'meetings.save', {
      meeting: draft(f, { roomId: f.rooms.second, startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T11:00:00+08:00', invitees: [] }),
      acceptWarnings: true,
    });
    expect(outside.meeting.carriedOver).toEqual([]);

    await call(f, 'tasks.acknowledge', { id: survey!.taskId, on: '2026-11-27' });
    expect((await carried()).map((a) => a.taskStatus)).toEqual(['sent', 'acknowledged']);
    await call(f, 'tasks.reply', { id: evidence!.taskId, replyText: '已提交书面说明', repliedOn: '2026-11-27' });
    expect((await carried()).map((a) => a.description)).toEqual(['牵头组织现场踏勘']);
    setToday(f, '2026-12-01');
    await call(f, 'tasks.reply', { id: survey!.taskId, replyText: '已完成踏勘', repliedOn: '2026-12-01' });
    await call(f, 'tasks.close', { id: survey!.taskId, on: '2026-12-01' });
    expect(await carried()).toEqual([]);
  });
});
