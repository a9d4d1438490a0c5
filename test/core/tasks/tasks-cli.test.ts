import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import type { z } from 'zod';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import type { TaskListSchema } from '../../../electron/contract/schemas/tasks';
import { tempDir } from '../helpers/core';

type TaskList = z.infer<typeof TaskListSchema>;

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
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
beforeAll(async () => {
  dir = tempDir();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  await adr('--data', dir, 'demo', '--json');
  vi.restoreAllMocks();
});

describe('adr tasks list', () => {
  it('--json prints the tasks as tasks.list does; the filters split them', async () => {
    const list = async (...args: string[]) => JSON.parse(await adr('--data', dir, 'tasks', 'list', '--json', ...args)) as TaskList;
    const everything = await list('--filter', 'all');
    expect(everything.total).toBeGreaterThan(5);
    const open = await list();
    const answered = await list('--filter', 'answered');
    const closed = await list('--filter', 'closed');
    expect(open.total + answered.total + closed.total).toBe(everything.total);
    expect(open.items.every((t) => t.status === 'sent' || t.status === 'acknowledged')).toBe(true);
    const overdue = await list('--filter', 'overdue');
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((t) => t.overdue && t.daysLeft! < 0)).toBe(true);
    expect(overdue.items.map((t) => t.dueOn)).toEqual([...overdue.items.map((t) => t.dueOn)].sort());

    const agency = everything.items[0]!.agencyName;
    const mine = await list('--filter', 'all', '--agency', agency);
    expect(mine.total).toBe(everything.items.filter((t) => t.agencyName === agency).length);
    expect(mine.items.every((t) => t.agencyName === agency)).toBe(true);
  });

  it('prints a line per task for a person, and refuses an unknown agency', async () => {
    const text = await adr('--data', dir, 'tasks', 'list', '--filter', 'overdue');
    expect(text).toMatch(/overdue \d+ working days/);
    expect(text).toMatch(/\d+ tasks, \d+ shown$/);
    const error = await adr('--data', dir, 'tasks', 'list', '--agency', '不存在的单位').then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeError(error)).toBe('No agency named 不存在的单位');
  });
});
