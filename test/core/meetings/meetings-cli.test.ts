import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import type { MeetingSummary } from '../../../electron/contract/schemas/meetings';
import { saveMeeting } from '../../../electron/core/meetings/meeting-save';
import { setMeetingStatus } from '../../../electron/core/meetings/meeting-status';
import { tempDir } from '../helpers/core';
import { draft, meetingFixture } from './fixture';

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.stubEnv('ADR_LANG', 'en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function adr(...args: string[]): Promise<string> {
  out = [];
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out.join('\n');
}

let dir: string;
let ids: { a: string; b: string; c: string; january: string };

beforeAll(async () => {
  dir = tempDir();
  const f = await meetingFixture({ dir });
  const save = (overrides: object) => saveMeeting(f.core, f.actor, { meeting: draft(f, overrides) as never, acceptWarnings: true }).meeting!.id;
  ids = {
    a: save({}),
    b: save({ title: '某房屋征收补偿争议协调会', kind: 'coordination', roomId: null, place: '海港区人民政府三楼会议室', startsAt: '2026-12-04T14:30:00+08:00', endsAt: '2026-12-04T16:30:00+08:00' }),
    c: save({ title: '化解会', kind: 'resolution', startsAt: '2026-12-31T09:00:00+08:00', endsAt: '2026-12-31T10:00:00+08:00' }),
    january: save({ title: '一月案情研判会', startsAt: '2027-01-12T09:00:00+08:00', endsAt: '2027-01-12T11:00:00+08:00' }),
  };
  setMeetingStatus(f.core, f.actor, { id: ids.c, status: 'cancelled', reason: null });
  f.core.close();
});

describe('adr meetings list', () => {
  it('--json prints what meetings.list returns for the China dates, both included', async () => {
    const rows = JSON.parse(await adr('--data', dir, 'meetings', 'list', '--json', '--from', '2026-12-01', '--to', '2026-12-31')) as MeetingSummary[];
    expect(rows.map((r) => [r.id, r.title, r.startsAt, r.roomName, r.place])).toEqual([
      [ids.a, '案情研判会', '2026-12-03T01:00:00.000Z', '第一调解室', null],
      [ids.b, '某房屋征收补偿争议协调会', '2026-12-04T06:30:00.000Z', null, '海港区人民政府三楼会议室'],
    ]);
    const withCancelled = JSON.parse(await adr('--data', dir, 'meetings', 'list', '--json', '--from', '2026-12-31', '--to', '2027-01-31', '--include-cancelled')) as MeetingSummary[];
    expect(withCancelled.map((r) => [r.title, r.status])).toEqual([
      ['化解会', 'cancelled'],
      ['一月案情研判会', 'scheduled'],
    ]);
    // One day: --to defaults to 30 days on, so give both.
    const oneDay = JSON.parse(await adr('--data', dir, 'meetings', 'list', '--json', '--from', '2026-12-04', '--to', '2026-12-04')) as MeetingSummary[];
    expect(oneDay.map((r) => r.id)).toEqual([ids.b]);
  });

  it('without --json prints one line per meeting in China time and a total', async () => {
    const text = await adr('--data', dir, 'meetings', 'list', '--from', '2026-12-01', '--to', '2027-01-31');
    expect(text.split('\n')).toEqual([
      '3 Dec 09:00–11:00  [scheduled]  案情研判会  case analysis meeting  第一调解室',
      '4 Dec 14:30–16:30  [scheduled]  某房屋征收补偿争议协调会  coordination meeting  海港区人民政府三楼会议室',
      '12 Jan 2027 09:00–11:00  [scheduled]  一月案情研判会  case analysis meeting  第一调解室',
      '3 meetings from 2026-12-01 to 2027-01-31',
    ]);
  });

  it('refuses dates that are not dates, and a range that ends before it starts', async () => {
    expect(describeError(await adr('--data', dir, 'meetings', 'list', '--from', '2026/12/01').catch((e: unknown) => e))).toBe(
      '--from must be a date (YYYY-MM-DD): 2026/12/01',
    );
    expect(describeError(await adr('--data', dir, 'meetings', 'list', '--from', '2026-12-10', '--to', '2026-12-01').catch((e: unknown) => e))).toBe(
      '--to cannot be before --from',
    );
  });
});
