import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../electron/contract/schemas/meetings';
import { setToday } from '../cases/fixture';
import { call, draft, failure, meetingFixture, type MeetingFixture } from './fixture';

async function meeting(f: MeetingFixture, overrides: object = {}): Promise<MeetingDetail> {
  return (await call<{ meeting: MeetingDetail }>(f, 'meetings.save', { meeting: draft(f, { status: 'draft', ...overrides }), acceptWarnings: true })).meeting;
}

const setStatus = (f: MeetingFixture, id: string, status: string, reason?: string) =>
  call<MeetingDetail>(f, 'meetings.setStatus', { id, status, ...(reason ? { reason } : {}) });

describe('meeting status', () => {
  it('goes draft → scheduled → held once the meeting has started, each move raising the SEQUENCE', async () => {
    const f = await meetingFixture();
    const m = await meeting(f);
    expect(m.status).toBe('draft');
    expect((await setStatus(f, m.id, 'scheduled')).icsSequence).toBe(1);
    // The same status again changes nothing.
    expect((await setStatus(f, m.id, 'scheduled')).icsSequence).toBe(1);

    const early = await failure(f, 'meetings.setStatus', { id: m.id, status: 'held' });
    expect(early).toMatchObject({
      code: 'CONFLICT',
      message: {
        'zh-CN': expect.stringContaining('会议尚未开始（12月3日 09:00–11:00），不能标记为已召开'),
        en: expect.stringContaining('The meeting has not started yet (3 Dec 09:00–11:00); it cannot be marked held'),
      },
    });
    setToday(f, '2026-12-03'); // 10:00, an hour into the meeting
    const held = await setStatus(f, m.id, 'held');
    expect(held).toMatchObject({ status: 'held', icsSequence: 2 });
  });

  it('held and cancelled are final; scheduled cannot go back to draft; cancelling keeps the reason in the audit log', async () => {
    const f = await meetingFixture({ clockIso: '2026-12-03T04:00:00.000Z' });
    const held = await meeting(f, { status: 'scheduled' });
    await setStatus(f, held.id, 'held');
    const notCancel = await failure(f, 'meetings.setStatus', { id: held.id, status: 'cancelled' });
    expect(notCancel).toMatchObject({ code: 'CONFLICT', message: { 'zh-CN': expect.stringContaining('会议「案情研判会」已召开，不能再改为「已取消」') } });

    const other = await meeting(f, { roomId: f.rooms.second, startsAt: '2026-12-08T09:00:00+08:00', endsAt: '2026-12-08T10:00:00+08:00', status: 'scheduled' });
    const back = await failure(f, 'meetings.setStatus', { id: other.id, status: 'draft' });
    expect(back.message.en).toContain('A scheduled meeting cannot go back to draft');
    const cancelled = await setStatus(f, other.id, 'cancelled', '主要参会单位无法到会');
    expect(cancelled).toMatchObject({ status: 'cancelled', icsSequence: 1 });
    const again = await failure(f, 'meetings.setStatus', { id: other.id, status: 'scheduled' });
    expect(again.message['zh-CN']).toContain('已取消，不能再改为「已安排」');
    const audit = f.core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'meeting.status' ORDER BY seq").pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d) as { from: string; to: string; reason: string | null })).toEqual([
      { title: '案情研判会', from: 'scheduled', to: 'held', reason: null, sequence: 1 },
      { title: '案情研判会', from: 'scheduled', to: 'cancelled', reason: '主要参会单位无法到会', sequence: 1 },
    ]);
  });

  it('a draft can be cancelled, and a draft that took place can be marked held', async () => {
    const f = await meetingFixture({ clockIso: '2026-12-03T04:00:00.000Z' });
    const a = await meeting(f);
    expect((await setStatus(f, a.id, 'held')).status).toBe('held');
    const b = await meeting(f, { roomId: f.rooms.second });
    expect((await setStatus(f, b.id, 'cancelled')).status).toBe('cancelled');
    expect((await failure(f, 'meetings.setStatus', { id: 'nope', status: 'cancelled' })).code).toBe('NOT_FOUND');
  });
});
