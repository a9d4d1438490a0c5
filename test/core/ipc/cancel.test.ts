import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/registry';
import { cancelCalls, startCall } from '../../../electron/core/handlers/in-flight';
import { newSession } from '../../../electron/core/session';
import { packFixture } from '../meetings/pack-fixture';

function exportEntries(f: { core: { sqlite: { prepare(sql: string): { get(): unknown } } } }): number {
  return (f.core.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'export'").get() as { n: number }).n;
}

describe('cancelling a long call (jobs.cancel)', () => {
  it('stops a meeting pack at its next step with CANCELLED, hands out nothing and logs no export', async () => {
    const f = await packFixture({ cases: 3 });
    const before = exportEntries(f);
    const seen: number[] = [];
    const result = await dispatch(f.core, f.session, 'meetings.pack', { id: f.meetingId, formats: ['docx'] }, {
      onProgress: (p) => {
        seen.push(p.percent);
        // The user presses 取消 as soon as the first progress arrives.
        if (seen.length === 1) void dispatch(f.core, f.session, 'jobs.cancel', { channel: 'meetings.pack' });
      },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    expect(!result.ok && result.error.message['zh-CN']).toContain('已取消');
    expect(seen).toHaveLength(1);
    expect(exportEntries(f)).toBe(before);

    // The next call of the same channel is not affected by the earlier cancel.
    const again = await dispatch(f.core, f.session, 'meetings.pack', { id: f.meetingId, formats: ['docx'] });
    expect(again.ok).toBe(true);
    expect(exportEntries(f)).toBe(before + 1);
  }, 60_000);

  it('cancels only the calls of that channel in that session', () => {
    const mine = newSession();
    const other = newSession();
    const pack = startCall(mine, 'meetings.pack');
    const minutes = startCall(mine, 'meetings.minutesExport');
    const theirs = startCall(other, 'meetings.pack');
    expect(cancelCalls(mine, 'meetings.pack')).toBe(1);
    expect(pack.signal.aborted).toBe(true);
    expect(minutes.signal.aborted).toBe(false);
    expect(theirs.signal.aborted).toBe(false);
    expect(cancelCalls(mine, 'meetings.pack')).toBe(0);
  });

  it('jobs.cancel validates the channel name', async () => {
    const f = await packFixture({ cases: 1 });
    const result = await dispatch(f.core, f.session, 'jobs.cancel', { channel: 'no.such.channel' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('VALIDATION');
  });
});
