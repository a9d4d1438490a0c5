import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { databaseFileIn } from '../../../electron/core/paths';
import { tempDir } from '../helpers/core';
import { parse, vevents } from './ics-fixtures';

/** `adr meeting ics ID --out FILE` and `adr meetings ics --from --to --out FILE` on a demo data folder. */

let out: string[];

async function adr(...args: string[]): Promise<string> {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const program = buildProgram();
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out.join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

let dir: string;
let meetings: { id: string; title: string; status: string; starts_at: string }[];
beforeAll(async () => {
  dir = tempDir();
  await adr('--data', dir, 'demo', '--json');
  vi.restoreAllMocks();
  const db = new Database(databaseFileIn(dir), { readonly: true });
  meetings = db.prepare('SELECT id, title, status, starts_at FROM meetings ORDER BY starts_at').all() as typeof meetings;
  db.close();
});

describe('adr meeting ics / meetings ics', () => {
  it('writes one invitation to the file named and prints its path', async () => {
    const scheduled = meetings.find((m) => m.status === 'scheduled')!;
    const file = path.join(dir, 'out', 'invite.ics');
    const printed = await adr('--data', dir, 'meeting', 'ics', scheduled.id, '--out', file);
    expect(printed.trim()).toBe(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(parse(text).getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevents(text).map((e) => e.getFirstPropertyValue('uid'))).toEqual([`${scheduled.id}@adr-desk`]);
  });

  it('names the file after the meeting when --out is a folder, made when it ends in a slash', async () => {
    const held = meetings.find((m) => m.status === 'held')!;
    const folder = tempDir();
    expect((await adr('--data', dir, 'meeting', 'ics', held.id, '--out', folder)).trim()).toBe(path.join(folder, `${held.title}.ics`));
    // A folder not made yet, written with a trailing slash.
    const fresh = path.join(folder, 'new', 'sub') + '/';
    expect((await adr('--data', dir, 'meeting', 'ics', held.id, '--out', fresh)).trim()).toBe(path.join(folder, 'new', 'sub', `${held.title}.ics`));
    expect(fs.statSync(path.join(folder, 'new', 'sub')).isDirectory()).toBe(true);
  });

  it('writes a date range as one PUBLISH calendar of the non-draft meetings', async () => {
    const file = path.join(dir, 'range.ics');
    await adr('--data', dir, 'meetings', 'ics', '--from', '2000-01-01', '--to', '2100-12-31', '--out', file);
    const text = fs.readFileSync(file, 'utf8');
    expect(parse(text).getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vevents(text).map((e) => e.getFirstPropertyValue('uid'))).toEqual(meetings.filter((m) => m.status !== 'draft').map((m) => `${m.id}@adr-desk`));
  });

  it('refuses bad dates and unknown meetings with a message', async () => {
    vi.stubEnv('ADR_LANG', 'en');
    await expect(adr('--data', dir, 'meetings', 'ics', '--from', '2026-13-01', '--to', '2026-12-31', '--out', path.join(dir, 'x.ics'))).rejects.toSatisfy(
      (e: unknown) => describeError(e).includes('--from must be a date'),
    );
    await expect(adr('--data', dir, 'meetings', 'ics', '--from', '2026-12-31', '--to', '2026-12-01', '--out', path.join(dir, 'x.ics'))).rejects.toSatisfy(
      (e: unknown) => describeError(e).includes('--to cannot be before --from'),
    );
    await expect(adr('--data', dir, 'meeting', 'ics', 'nope', '--out', path.join(dir, 'x.ics'))).rejects.toSatisfy((e: unknown) =>
      describeError(e).includes('Not found: meeting nope'),
    );
    expect(fs.existsSync(path.join(dir, 'x.ics'))).toBe(false);
  });
});
