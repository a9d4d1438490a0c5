import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../../electron/cli/program';
import { describeError } from '../../../electron/cli/cli-context';
import { openCore } from '../../../electron/core/core';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { getSetting, putSetting } from '../../../electron/core/services/settings';
import { backupsDirOf, listBackups } from '../../../electron/core/backup/backup-files';
import { tempDir } from '../helpers/core';
import { corruptMiddle } from './corruption';

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

async function adr(...args: string[]) {
  const program = buildProgram();
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeOut: (s) => out.push(s), writeErr: () => {} });
  }
  await program.parseAsync(['node', 'adr', ...args]);
}

async function withDb<T>(dir: string, fn: (core: Awaited<ReturnType<typeof openCore>>) => T): Promise<T> {
  const core = await openCore({ databaseFile: path.join(dir, 'adr-desk.sqlite3'), dataDir: dir, appVersion: '0', mode: 'test' });
  try {
    return fn(core);
  } finally {
    core.close();
  }
}

async function initialised(): Promise<{ dir: string; backup: string }> {
  const dir = tempDir('adr-cli-restore-');
  await adr('--data', dir, 'init', '--center', '秦皇岛市行政争议化解中心', '--court', '秦皇岛市中级人民法院', '--operator', '张协调');
  await withDb(dir, (core) => core.sqlite.transaction(() => {
    for (let n = 0; n < 300; n += 1) putSetting(core, `filler.${n}`, 'z'.repeat(1500));
    putSetting(core, 'center.name', '备份时');
  })());
  out = [];
  await adr('--data', dir, 'backup');
  expect(out.join('\n')).toMatch(/Backup written: .*manual-.*\.sqlite3/);
  const backup = listBackups(backupsDirOf(dir)).find((f) => f.kind === 'manual')!.file;
  await withDb(dir, (core) => core.sqlite.transaction(() => putSetting(core, 'center.name', '之后'))());
  return { dir, backup };
}

describe('adr restore FILE', () => {
  it('restores a sound database in place from a backup, keeps the old one aside and audits it', async () => {
    const { dir, backup } = await initialised();
    out = [];
    await adr('--data', dir, 'restore', backup);
    expect(out.join('\n')).toContain(`Restored from: ${backup}`);
    expect(out.join('\n')).toMatch(/kept at: .*before-restore-/);
    await withDb(dir, (core) => {
      expect(getSetting(core, 'center.name')).toBe('备份时');
      expect(verifyAuditChain(core.q).ok).toBe(true);
      expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'database.restore'").pluck().get()).toBe(1);
    });
  });

  it('on a damaged database: every command names the latest good backup and adr restore, and adr restore replaces the file', async () => {
    const { dir, backup } = await initialised();
    corruptMiddle(path.join(dir, 'adr-desk.sqlite3'));
    const failure = await adr('--data', dir, 'doctor').then(() => null, (error: unknown) => error);
    const message = describeError(failure);
    expect(message).toContain('damaged');
    expect(message).toContain(`adr restore "${backup}"`);

    out = [];
    await adr('--data', dir, 'restore', backup);
    expect(out.join('\n')).toMatch(/kept at: .*damaged-/);
    await withDb(dir, (core) => {
      expect(getSetting(core, 'center.name')).toBe('备份时');
      expect(verifyAuditChain(core.q).ok).toBe(true);
    });
  });

  it('refuses a file that is not a backup and leaves the database alone', async () => {
    const { dir } = await initialised();
    const junk = path.join(dir, 'junk.sqlite3');
    fs.writeFileSync(junk, 'nope');
    const failure = await adr('--data', dir, 'restore', junk).then(() => null, (error: unknown) => error);
    expect(describeError(failure)).toContain('cannot be restored');
    await withDb(dir, (core) => expect(getSetting(core, 'center.name')).toBe('之后'));
  });
});
