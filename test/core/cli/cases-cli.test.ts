import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from 'commander';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import type { CaseDetail } from '../../../electron/contract/schemas/cases';
import type { CaseListResult, SearchHit } from '../../../electron/contract/schemas/case-list';
import { tempDir } from '../helpers/core';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.stubEnv('ADR_LANG', 'en');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

async function adr(...args: string[]): Promise<string> {
  out = [];
  const program = buildProgram();
  // Settings are copied to subcommands only when set before they are created: set them on all.
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program)) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
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

describe('adr cases list / case show / search', () => {
  it('cases list --json lists every case; the filters narrow it', async () => {
    const everything = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--limit', '200')) as CaseListResult;
    expect(everything.total).toBe(40);
    expect(everything.rows).toHaveLength(40);

    const closed = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--stage', 'closed', '--limit', '200')) as CaseListResult;
    expect(closed.total).toBe(everything.rows.filter((r) => r.stage === 'closed').length);
    expect(closed.rows.every((r) => r.stage === 'closed')).toBe(true);

    const open = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--status', 'open', '--stage', 'pre', 'during')) as CaseListResult;
    expect(open.total).toBe(everything.rows.filter((r) => r.stage === 'pre' || r.stage === 'during').length);

    const env = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--category', '环境治理')) as CaseListResult;
    expect(env.total).toBeGreaterThan(0);
    expect(env.rows.every((r) => r.category === '环境治理')).toBe(true);

    const petitions = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--source', 'petition')) as CaseListResult;
    expect(petitions.rows.every((r) => r.source === 'petition')).toBe(true);
    expect(petitions.total).toBe(everything.rows.filter((r) => r.source === 'petition').length);

    const overdue = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--overdue')) as CaseListResult;
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    expect(overdue.total).toBe(everything.rows.filter((r) => r.overdue).length);

    const sorted = everything.rows.map((r) => r.receivedOn).sort();
    const from = sorted[10]!;
    const to = sorted[29]!;
    const range = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--from', from, '--to', to)) as CaseListResult;
    expect(range.total).toBe(everything.rows.filter((r) => r.receivedOn >= from && r.receivedOn <= to).length);

    await expect(adr('--data', dir, 'cases', 'list', '--stage', 'finished')).rejects.toThrow(/finished/);
    const badCategory = await adr('--data', dir, 'cases', 'list', '--category', '不存在').catch((e: unknown) => e);
    expect(describeError(badCategory)).toBe('Unknown dispute category: 不存在');
    const badDate = await adr('--data', dir, 'cases', 'list', '--from', '2026/01/01').catch((e: unknown) => e);
    expect(describeError(badDate)).toMatch(/receivedFrom/);
  });

  it('cases list without --json prints one line per case and the total', async () => {
    const text = await adr('--data', dir, 'cases', 'list', '--limit', '5');
    const lines = text.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^行化〔\d{4}〕\d+号 {2}/);
    expect(lines[5]).toBe('40 cases, 5 shown');
  });

  it('case show NUMBER --json gives the case with parties (masked), agencies, activities and clocks with due dates', async () => {
    const list = JSON.parse(await adr('--data', dir, 'cases', 'list', '--json', '--stage', 'during')) as CaseListResult;
    const number = list.rows[0]!.caseNumber;
    const detail = JSON.parse(await adr('--data', dir, 'case', 'show', number, '--json')) as CaseDetail;
    expect(detail.caseNumber).toBe(number);
    expect(detail.parties.length).toBeGreaterThan(0);
    expect(detail.parties.filter((p) => p.idType === 'resident_id').every((p) => /^\d{4}\*{10}[\dX]{4}$/.test(p.idNumber!))).toBe(true);
    expect(detail.agencies.some((a) => a.role === 'respondent')).toBe(true);
    expect(detail.activities.length).toBeGreaterThan(0);
    expect(detail.clocks.find((c) => c.kind === 'resolution')).toMatchObject({ dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const revealed = JSON.parse(await adr('--data', dir, 'case', 'show', number, '--json', '--reveal-ids')) as CaseDetail;
    expect(revealed.parties.some((p) => p.idNumber && !p.idNumber.includes('*'))).toBe(true);

    const text = await adr('--data', dir, 'case', 'show', number);
    expect(text).toContain(number);
    expect(text).toMatch(/Open clocks:\n {2}resolution {2}due \d{4}-\d{2}-\d{2}/);
  });

  it('an unknown case number fails with a message', async () => {
    const error = await adr('--data', dir, 'case', 'show', '行化〔1999〕1号').catch((e: unknown) => e);
    expect(describeError(error)).toBe('No case numbered 行化〔1999〕1号');
  });

  it('search TEXT finds two- and three-character Chinese terms and marks the hit', async () => {
    const hits = JSON.parse(await adr('--data', dir, 'search', '征收', '--json')) as SearchHit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.some((s) => s.hit && s.text === '征收'))).toBe(true);
    const text = await adr('--data', dir, 'search', '化解会');
    expect(text).toContain('【化解会】');
  });

  it('as a process: an unknown number exits non-zero with the message on stderr', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const hooks = path.join(root, 'test/core/cases/processes/ts-hooks.mjs');
    const result = spawnSync(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--import', hooks, path.join(root, 'electron/cli/adr.ts'), '--data', dir, 'case', 'show', '行化〔1999〕9号'],
      { encoding: 'utf8', env: { ...process.env, ADR_LANG: 'zh-CN' } },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('未找到案件：行化〔1999〕9号');
  });
});
