import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../electron/cli/cli-context';
import { buildProgram } from '../../../electron/cli/program';
import { tempDir } from '../helpers/core';
import { authFixture, NAME, PASSWORD } from '../auth/auth-fixture';

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
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
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => undefined });
  }
  await program.parseAsync(['node', 'adr', ...args]);
  return out.join('\n');
}

async function failure(...args: string[]): Promise<string> {
  try {
    await adr(...args);
  } catch (error) {
    return describeError(error);
  }
  throw new Error('expected the command to fail');
}

/** A set-up database with the demo data (cases, closed ones among them; the log holds setup.complete and demo.load). */
async function demoDir(): Promise<string> {
  const dir = tempDir();
  await adr('--data', dir, 'demo', '--json');
  return dir;
}

function tamper(dir: string, seq: number): void {
  const db = new Database(path.join(dir, 'adr-desk.sqlite3'));
  db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{"forged":true}' WHERE seq = ${seq};`);
  db.close();
}

function runAdr(dir: string, ...args: string[]) {
  const root = path.resolve(import.meta.dirname, '../../..');
  const hooks = path.join(root, 'test/core/cases/processes/ts-hooks.mjs');
  return spawnSync(
    process.execPath,
    ['--experimental-transform-types', '--no-warnings', '--import', hooks, path.join(root, 'electron/cli/adr.ts'), '--data', dir, ...args],
    { encoding: 'utf8', env: { ...process.env, ADR_LANG: 'en' } },
  );
}

describe('adr audit and adr retention', { timeout: 60_000 }, () => {
  it('audit verify passes on an intact chain and names the broken entry of a tampered one', async () => {
    const dir = await demoDir();
    expect(await adr('--data', dir, 'audit', 'verify')).toMatch(/^Audit chain verified: \d+ entries, head [0-9a-f]{64}$/);
    tamper(dir, 2);
    expect(await failure('--data', dir, 'audit', 'verify')).toBe('Audit chain broken at entry 2 (its content was changed)');
  });

  it('as a process: audit verify exits 0 on an intact chain and 1 on a tampered one', async () => {
    const dir = await demoDir();
    const good = runAdr(dir, 'audit', 'verify');
    expect(good.status).toBe(0);
    tamper(dir, 2);
    const bad = runAdr(dir, 'audit', 'verify');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('Audit chain broken at entry 2 (its content was changed)');
  });

  it('audit export writes the filtered log as XLSX and records the export', async () => {
    const dir = await demoDir();
    const file = path.join(tempDir(), 'out', 'audit.xlsx');
    const text = await adr('--data', dir, 'audit', 'export', '--out', file, '--action', 'demo.');
    expect(text.split('\n')[0]).toBe(file);
    const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
    const expected = db.prepare("SELECT COUNT(*) FROM audit_log WHERE action >= 'demo.' AND action < 'demo/'").pluck().get() as number;
    const last = db.prepare('SELECT action, entity, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; entity: string; detail: string };
    db.close();
    expect(expected).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    expect(book.getWorksheet('审计日志')!.rowCount - 1).toBe(expected);
    expect(last).toMatchObject({ action: 'export', entity: 'audit_log' });
    expect(JSON.parse(last.detail)).toMatchObject({ rows: expected, filters: { action: 'demo.' } });
    expect(text).toContain(`SHA-256 ${(JSON.parse(last.detail) as { sha256: string }).sha256}`);
    expect(await failure('--data', dir, 'audit', 'export', '--out', file, '--from', '2026/11/01')).toMatch(/^Invalid filter: --from/);
  });

  it('retention status reports, run without --yes changes nothing, run --yes anonymises', async () => {
    const dir = await demoDir();
    const status = JSON.parse(await adr('--data', dir, 'retention', 'status', '--json')) as { years: number; due: number };
    expect(status.years).toBe(10);
    // Demo cases closed this year: due only when counted from far ahead.
    expect(await failure('--data', dir, 'retention', 'run', '--as-of', '2040-01-01')).toMatch(/^This anonymises the parties of [1-9]\d* cases and cannot be undone/);
    const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
    const count = () => db.prepare('SELECT COUNT(*) FROM parties WHERE anonymised_at IS NOT NULL').pluck().get() as number;
    expect(count()).toBe(0);
    const result = JSON.parse(await adr('--data', dir, 'retention', 'run', '--yes', '--as-of', '2040-01-01', '--json')) as { cases: number; parties: number };
    expect(result.cases).toBeGreaterThan(0);
    expect(count()).toBe(result.parties);
    db.close();
    expect(await adr('--data', dir, 'audit', 'verify')).toMatch(/^Audit chain verified/);
  });

  it('with sign-in on, only an administrator verifies, exports and runs retention; the export is recorded under that name', async () => {
    const dir = tempDir();
    (await authFixture({ passwords: true, dir })).core.close();
    vi.stubEnv('ADR_PASSWORD', PASSWORD.coordinator);
    expect(await failure('--data', dir, '--operator', NAME.coordinator, 'audit', 'verify')).toMatch(/^The current operator \(coordinator\) is not allowed to do this\.$/);
    expect(await failure('--data', dir, '--operator', NAME.coordinator, 'retention', 'run', '--yes')).toMatch(/^The current operator \(coordinator\) is not allowed to do this\.$/);
    vi.stubEnv('ADR_PASSWORD', PASSWORD.administrator);
    expect(await adr('--data', dir, '--operator', NAME.administrator, 'audit', 'verify')).toMatch(/^Audit chain verified/);
    const file = path.join(tempDir(), 'audit.xlsx');
    await adr('--data', dir, '--operator', NAME.administrator, 'audit', 'export', '--out', file);
    const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
    const who = db.prepare("SELECT operator_name FROM audit_log WHERE action = 'export' AND entity = 'audit_log'").pluck().get();
    db.close();
    expect(who).toBe(NAME.administrator);
  });
});
