import { describe, expect, it } from 'vitest';
import type { Attendance, Hearing, Suggestion } from '../../../electron/contract/schemas/linkage';
import { auditActions, linkageFixture } from './fixture';

describe('linkage records: hearings, judicial suggestions, attendance', () => {
  it('hearings are created, replaced, listed newest first with agency and case joined, and soft-deleted, each write audited', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const b = f.agency('市住房和城乡建设局');
    const caseId = f.caseFor(a, '2026-03-01');
    const first = await f.call<Hearing>('hearings.save', {
      agencyId: a,
      caseId,
      courtNumber: '（2026）冀03行初15号',
      heldOn: '2026-05-10',
      appearedName: '李副局长',
      appearedTitle: '副局长',
      headAppeared: true,
    });
    expect(first).toMatchObject({ agencyName: '市自然资源和规划局', caseNumber: '测〔2026〕1号', headAppeared: true, appearedTitle: '副局长' });
    await f.call<Hearing>('hearings.save', { agencyId: b, heldOn: '2026-06-01', headAppeared: false, appearedName: '王科长' });
    await f.call<Hearing>('hearings.save', { agencyId: a, heldOn: '2025-12-30', headAppeared: false });

    const all = await f.call<Hearing[]>('hearings.list', undefined);
    expect(all.map((h) => h.heldOn)).toEqual(['2026-06-01', '2026-05-10', '2025-12-30']);
    expect((await f.call<Hearing[]>('hearings.list', { year: 2026 })).map((h) => h.heldOn)).toEqual(['2026-06-01', '2026-05-10']);
    expect((await f.call<Hearing[]>('hearings.list', { agencyId: a })).map((h) => h.heldOn)).toEqual(['2026-05-10', '2025-12-30']);
    expect((await f.call<Hearing[]>('hearings.list', { caseId })).map((h) => h.id)).toEqual([first.id]);

    const edited = await f.call<Hearing>('hearings.save', { id: first.id, agencyId: a, heldOn: '2026-05-11', headAppeared: false });
    expect(edited).toMatchObject({ id: first.id, heldOn: '2026-05-11', headAppeared: false, caseId: null, courtNumber: null });
    await f.call('hearings.delete', { id: first.id });
    expect((await f.call<Hearing[]>('hearings.list', { agencyId: a })).map((h) => h.heldOn)).toEqual(['2025-12-30']);
    expect(f.core.sqlite.prepare('SELECT deleted_at IS NOT NULL FROM court_hearings WHERE id = ?').pluck().get(first.id)).toBe(1);
    expect(auditActions(f.core, 'court_hearings')).toEqual(['hearing.create', 'hearing.create', 'hearing.create', 'hearing.update', 'hearing.delete']);
    expect(await f.fail('hearings.delete', { id: first.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a hearing needs an existing agency and case and cannot be in the future; nothing is written then', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const error = await f.fail('hearings.save', { agencyId: 'no-such-agency', caseId: 'no-such-case', heldOn: '2026-11-28', headAppeared: true });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields!.map((x) => x.path)).toEqual(['agencyId', 'caseId', 'heldOn']);
    expect(error.fields![2]!.message['zh-CN']).toBe('开庭日期不能晚于今天（2026-11-27）');
    // Today itself is fine.
    await f.call('hearings.save', { agencyId: a, heldOn: '2026-11-27', headAppeared: true });
    expect(f.core.sqlite.prepare('SELECT count(*) FROM court_hearings').pluck().get()).toBe(1);
    expect(auditActions(f.core, 'court_hearings')).toEqual(['hearing.create']);
  });

  it('suggestions check the deadline and the feedback against the date received', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const bad = await f.fail('suggestions.save', {
      agencyId: a,
      receivedOn: '2026-06-01',
      content: '建议',
      replyDueOn: '2026-05-31',
      feedbackOn: '2026-05-30',
    });
    expect(bad.fields!.map((x) => x.path)).toEqual(['replyDueOn', 'feedbackOn', 'feedback']);
    const future = await f.fail('suggestions.save', { agencyId: a, receivedOn: '2026-11-28', content: '建议', feedback: '已落实', feedbackOn: '2026-11-30' });
    expect(future.fields!.map((x) => x.path)).toEqual(['receivedOn', 'feedbackOn']);
    const undated = await f.fail('suggestions.save', { agencyId: a, receivedOn: '2026-06-01', content: '建议', feedback: '已落实' });
    expect(undated.fields!.map((x) => x.path)).toEqual(['feedbackOn']);
    expect(f.core.sqlite.prepare('SELECT count(*) FROM judicial_suggestions').pluck().get()).toBe(0);

    const saved = await f.call<Suggestion>('suggestions.save', {
      agencyId: a,
      reference: '（2026）冀03司建5号',
      receivedOn: '2026-06-01',
      content: '建议规范征收程序',
      replyDueOn: '2026-06-01',
    });
    expect(saved).toMatchObject({ agencyName: '市自然资源和规划局', overdue: true, daysLeft: -179, feedback: null });
    const answered = await f.call<Suggestion>('suggestions.save', {
      id: saved.id,
      agencyId: a,
      reference: '（2026）冀03司建5号',
      receivedOn: '2026-06-01',
      content: '建议规范征收程序',
      replyDueOn: '2026-06-01',
      feedback: '已印发通知',
      feedbackOn: '2026-06-01',
    });
    expect(answered).toMatchObject({ id: saved.id, overdue: false, daysLeft: null, feedbackOn: '2026-06-01' });
    await f.call('suggestions.delete', { id: saved.id });
    expect(await f.call<Suggestion[]>('suggestions.list', {})).toEqual([]);
    expect(auditActions(f.core, 'judicial_suggestions')).toEqual(['suggestion.create', 'suggestion.update', 'suggestion.delete']);
  });

  it('attendance is listed per year and agency and deleted outright, the audit keeping what it was', async () => {
    const f = await linkageFixture();
    const a = f.agency('市自然资源和规划局');
    const b = f.agency('市生态环境局');
    const one = await f.call<Attendance>('attendance.save', { agencyId: a, attendedOn: '2026-04-02', courtNumber: '（2026）冀03行初9号', attendees: '张三、李四' });
    expect(one).toMatchObject({ agencyName: '市自然资源和规划局', attendees: '张三、李四' });
    await f.call('attendance.save', { agencyId: b, attendedOn: '2026-09-09' });
    await f.call('attendance.save', { agencyId: a, attendedOn: '2025-09-09' });
    expect((await f.call<Attendance[]>('attendance.list', { year: 2026 })).map((x) => x.attendedOn)).toEqual(['2026-09-09', '2026-04-02']);
    expect((await f.call<Attendance[]>('attendance.list', { agencyId: a })).map((x) => x.attendedOn)).toEqual(['2026-04-02', '2025-09-09']);
    const moved = await f.call<Attendance>('attendance.save', { id: one.id, agencyId: a, attendedOn: '2026-04-03' });
    expect(moved).toMatchObject({ attendedOn: '2026-04-03', courtNumber: null, attendees: null });
    expect((await f.fail('attendance.save', { agencyId: a, attendedOn: '2027-01-01' })).fields!.map((x) => x.path)).toEqual(['attendedOn']);
    await f.call('attendance.delete', { id: one.id });
    expect(f.core.sqlite.prepare('SELECT count(*) FROM hearing_attendance WHERE id = ?').pluck().get(one.id)).toBe(0);
    const last = f.core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'attendance.delete'").pluck().get() as string;
    expect(JSON.parse(last)).toMatchObject({ before: { id: one.id, attended_on: '2026-04-03' } });
    expect(auditActions(f.core, 'hearing_attendance')).toEqual(['attendance.create', 'attendance.create', 'attendance.create', 'attendance.update', 'attendance.delete']);
  });
});
