import { describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingSummary } from '../../../electron/contract/schemas/meetings';
import { loadDemoData } from '../../../electron/core/demo/load-demo';
import { dispatch } from '../../../electron/core/handlers/registry';
import { defaultOperator } from '../../../electron/core/services/setup';
import { memoryCore, setUpCore } from '../helpers/core';

describe('the demo meetings through the meeting channels', () => {
  it('every demo meeting reads as the contract says; the series carries the held meeting’s open items over', async () => {
    const { core, session } = await setUpCore(await memoryCore());
    loadDemoData(core, defaultOperator(core)!);
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(core, session, channel, input, { log: (m, e) => console.error(m, e) });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    const list = await call<MeetingSummary[]>('meetings.list', { from: '2026-01-01T00:00:00+08:00', to: '2028-01-01T00:00:00+08:00' });
    const stored = core.sqlite.prepare("SELECT COUNT(*) FROM meetings WHERE status != 'cancelled'").pluck().get() as number;
    expect(list.length).toBe(stored);
    expect(list.length).toBeGreaterThan(0);
    const details = await Promise.all(list.map((m) => call<MeetingDetail>('meetings.get', { id: m.id })));
    const series = details.filter((d) => d.seriesId !== null).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const held = series.find((d) => d.status === 'held' && d.actionItems.length > 0)!;
    const later = series.find((d) => d.startsAt > held.startsAt)!;
    const open = held.actionItems.filter((a) => a.taskStatus === 'sent' || a.taskStatus === 'acknowledged');
    expect(open.length).toBeGreaterThan(0);
    expect(later.carriedOver.filter((a) => a.meetingId === held.id).map((a) => a.id)).toEqual(open.map((a) => a.id));
  });
});
