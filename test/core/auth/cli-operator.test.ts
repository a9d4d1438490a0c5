import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../../electron/cli/program';
import { describeError } from '../../../electron/cli/cli-context';
import { tempDir } from '../helpers/core';
import { authFixture, NAME, PASSWORD } from './auth-fixture';

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

async function adr(...args: string[]): Promise<void> {
  const program = buildProgram();
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  }
  await program.parseAsync(['node', 'adr', ...args]);
}

/** What adr.ts prints on stderr (before exiting 1) for a failure. */
async function failure(...args: string[]): Promise<string> {
  try {
    await adr(...args);
  } catch (error) {
    return describeError(error);
  }
  throw new Error(`adr ${args.join(' ')} succeeded`);
}

function auditRows(dir: string, action: string): { operator_name: string | null; entity_id: string | null }[] {
  const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
  try {
    return db.prepare('SELECT operator_name, entity_id FROM audit_log WHERE action = ? ORDER BY seq').all(action) as never;
  } finally {
    db.close();
  }
}

/** A center in `dir` whose operators all have passwords (sign-in on). */
async function centerWithPasswords(): Promise<{ dir: string; ids: Record<string, string> }> {
  const dir = tempDir();
  const f = await authFixture({ passwords: true, dir });
  f.core.close();
  return { dir, ids: f.ids };
}

describe('adr --operator', { timeout: 60_000 }, () => {
  it('without passwords commands run as before, as the setup operator or the --operator named', async () => {
    const dir = tempDir();
    await adr('--data', dir, 'init', '--center', '甲中心', '--court', '甲法院', '--operator', '王五');
    await adr('--data', dir, 'court', 'key', '--rotate', '--reason', '例行更换');
    expect(auditRows(dir, 'court.keyRotate').map((r) => r.operator_name)).toEqual(['王五']);
    expect(await failure('--data', dir, '--operator', '无此人', 'court', 'batches')).toMatch(/No active operator is named "无此人"/);
  });

  it('once sign-in is on, every command but doctor needs --operator', async () => {
    const { dir } = await centerWithPasswords();
    expect(await failure('--data', dir, 'court', 'batches')).toMatch(/--operator NAME.*ADR_PASSWORD/);
    expect(await failure('--data', dir, 'cases', 'list')).toMatch(/--operator/);
    await adr('--data', dir, 'doctor');
    expect(out.join('\n')).toMatch(/All checks passed/);
  });

  it('reads the password from ADR_PASSWORD; the command runs as that operator', async () => {
    const { dir } = await centerWithPasswords();
    vi.stubEnv('ADR_PASSWORD', PASSWORD.administrator);
    await adr('--data', dir, '--operator', NAME.administrator, 'court', 'key', '--rotate', '--reason', '例行更换');
    expect(auditRows(dir, 'court.keyRotate').map((r) => r.operator_name)).toEqual([NAME.administrator]);
  });

  it('a wrong password fails with the sign-in message in Chinese or English, is audited, and changes nothing else', async () => {
    const { dir, ids } = await centerWithPasswords();
    vi.stubEnv('ADR_PASSWORD', 'not-the-password');
    expect(await failure('--data', dir, '--operator', NAME.administrator, 'court', 'key', '--rotate', '--reason', '例行更换')).toBe('Wrong operator or password.');
    vi.stubEnv('ADR_LANG', 'zh-CN');
    expect(await failure('--data', dir, '--operator', '无此人', 'court', 'batches')).toBe('操作员或密码不正确。');
    expect(auditRows(dir, 'auth.signInFailed').map((r) => r.entity_id)).toEqual([ids.administrator, '无此人']);
    expect(auditRows(dir, 'court.keyRotate')).toEqual([]);
  });

  it('without ADR_PASSWORD and no terminal it says how to give the password', async () => {
    const { dir } = await centerWithPasswords();
    vi.stubEnv('ADR_PASSWORD', undefined);
    const tty = process.stdin.isTTY;
    Object.defineProperty(process.stdin, 'isTTY', { value: false, configurable: true });
    try {
      expect(await failure('--data', dir, '--operator', NAME.liaison, 'court', 'batches')).toMatch(/ADR_PASSWORD/);
    } finally {
      Object.defineProperty(process.stdin, 'isTTY', { value: tty, configurable: true });
    }
  });

  it('the role matrix holds on the command line too: a secretary cannot rotate the key or export a court package', async () => {
    const { dir } = await centerWithPasswords();
    vi.stubEnv('ADR_PASSWORD', PASSWORD.secretary);
    const secretary = ['--data', dir, '--operator', NAME.secretary];
    expect(await failure(...secretary, 'court', 'key', '--rotate', '--reason', '例行更换')).toBe('The current operator (secretary) is not allowed to do this.');
    const zip = path.join(dir, 'out', 'batch.zip');
    expect(await failure(...secretary, 'court', 'export', '--all', '--out', zip)).toMatch(/secretary\) is not allowed/);
    expect(fs.existsSync(zip)).toBe(false);
    // Reading is open to every role.
    await adr(...secretary, 'court', 'batches');
    expect(out.join('\n')).toMatch(/No batch has been exported yet/);
  });

  it('as a process: a wrong ADR_PASSWORD exits 1 with the message on stderr; the right one exits 0', async () => {
    const { dir } = await centerWithPasswords();
    const root = path.resolve(import.meta.dirname, '../../..');
    const run = (password: string) =>
      spawnSync(
        process.execPath,
        ['--experimental-transform-types', '--no-warnings', '--import', path.join(root, 'test/core/cases/processes/ts-hooks.mjs'), path.join(root, 'electron/cli/adr.ts'), '--data', dir, '--operator', NAME.liaison, 'court', 'batches'],
        { encoding: 'utf8', env: { ...process.env, ADR_LANG: 'zh-CN', ADR_PASSWORD: password } },
      );
    const wrong = run('not-the-password');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe('操作员或密码不正确。');
    const right = run(PASSWORD.liaison);
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    expect(right.stdout).toContain('尚未导出任何批次。');
  });
});
