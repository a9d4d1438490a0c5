import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../../electron/cli/program';
import { describeError } from '../../../electron/cli/cli-context';
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

async function adr(...args: string[]) {
  const program = buildProgram();
  // Subcommands copy these settings only when created after them, so set them on each.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  }
  await program.parseAsync(['node', 'adr', ...args]);
}

describe('adr command line', () => {
  it('init creates and migrates the database in --data', async () => {
    const dir = tempDir();
    await adr('--data', dir, 'init');
    expect(fs.existsSync(path.join(dir, 'adr-desk.sqlite3'))).toBe(true);
    expect(out.join('\n')).toMatch(/Schema version: \d+/);
  });

  it('init with --center completes setup; a bad role is refused with a message', async () => {
    const dir = tempDir();
    await expect(adr('--data', dir, 'init', '--center', '甲中心', '--court', '甲法院', '--operator', '王五', '--role', 'root')).rejects.toThrow(/operatorRole/);
    await adr('--data', dir, 'init', '--center', '甲中心', '--court', '甲法院', '--operator', '王五');
    const db = new Database(path.join(dir, 'adr-desk.sqlite3'), { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'center.name'").pluck().get()).toBe('"甲中心"');
    db.close();
  });

  it('demo sets up and loads the demo set; doctor then passes', async () => {
    const dir = tempDir();
    await adr('--data', dir, 'demo', '--json');
    const counts = JSON.parse(out.at(-1)!) as { cases: number };
    expect(counts.cases).toBeGreaterThan(0);
    out = [];
    await adr('--data', dir, 'doctor');
    expect(out.join('\n')).toMatch(/All checks passed/);
  });

  it('doctor names the broken audit entry and fails', async () => {
    const dir = tempDir();
    await adr('--data', dir, 'init', '--center', '甲中心', '--court', '甲法院', '--operator', '王五');
    const db = new Database(path.join(dir, 'adr-desk.sqlite3'));
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'forged' WHERE seq = 1;");
    db.close();
    const error = await adr('--data', dir, 'doctor').catch((e: unknown) => e);
    expect(describeError(error)).toMatch(/audit chain broken at entry 1/);
  });

  it('backup writes a file that opens as a database at the same version', async () => {
    const dir = tempDir();
    await adr('--data', dir, 'init');
    const file = path.join(tempDir(), 'copy.sqlite3');
    await adr('--data', dir, 'backup', '--out', file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
    await expect(adr('--data', dir, 'backup', '--out', file)).rejects.toThrow(/already exists|已存在/);
  });

  it('every command has --help', async () => {
    for (const cmd of ['init', 'demo', 'doctor', 'backup']) {
      out = [];
      await expect(adr(cmd, '--help')).rejects.toMatchObject({ code: 'commander.helpDisplayed' });
      expect(out.join('')).toContain(`Usage: adr ${cmd}`);
    }
  });
});
