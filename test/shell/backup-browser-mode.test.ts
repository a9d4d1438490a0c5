import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { newSession } from '../../electron/core/session';
import { completeSetup } from '../../electron/core/services/setup';
import { putSetting } from '../../electron/core/services/settings';
import { takeBackup } from '../../electron/core/backup/take-backup';
import { SYSTEM_ACTOR } from '../../electron/core/audit/audit-log';
import { backupsDirOf, listBackups } from '../../electron/core/backup/backup-files';
import { tempDir } from '../core/helpers/core';
import { corruptMiddle } from '../core/backup/corruption';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOOKS = path.join(ROOT, 'test/core/cases/processes/ts-hooks.mjs');

/** `npm run start:web` as a process (its TypeScript run by Node), on a free port. */
function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--import', HOOKS, path.join(ROOT, 'electron/web/server.ts'), '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function setUpDataDir(): Promise<string> {
  const dir = tempDir('adr-web-backup-');
  const core = await openCore({ databaseFile: path.join(dir, 'adr-desk.sqlite3'), dataDir: dir, appVersion: '0', mode: 'test' });
  completeSetup(core, newSession(), { centerName: '秦皇岛市行政争议化解中心', level: 'city', courtName: '秦皇岛市中级人民法院', operatorName: '张协调', operatorRole: 'administrator' });
  core.sqlite.transaction(() => {
    for (let n = 0; n < 300; n += 1) putSetting(core, `filler.${n}`, 'z'.repeat(1500));
  })();
  await takeBackup(core, SYSTEM_ACTOR, { kind: 'manual' });
  core.close();
  return dir;
}

describe('browser mode start-up checks and backups', () => {
  it('takes the daily backup at start and a quit backup on SIGTERM', async () => {
    const dir = await setUpDataDir();
    const server = startServer(dir);
    await expect.poll(server.out, { timeout: 30_000 }).toContain('ADR Desk browser mode: http://127.0.0.1:');
    expect(listBackups(backupsDirOf(dir)).map((f) => f.kind).sort()).toEqual(['daily', 'manual']);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // The quit backup replaced the day's daily (one automatic backup per day).
    expect(listBackups(backupsDirOf(dir)).map((f) => f.kind).sort()).toEqual(['manual', 'quit']);
  }, 60_000);

  it('refuses a damaged database with a clear error naming the latest good backup and adr restore', async () => {
    const dir = await setUpDataDir();
    corruptMiddle(path.join(dir, 'adr-desk.sqlite3'));
    const server = startServer(dir);
    expect(await server.exited).toBe(1);
    const manual = listBackups(backupsDirOf(dir)).find((f) => f.kind === 'manual')!;
    expect(server.err()).toContain('数据库文件已损坏');
    expect(server.err()).toContain(`adr restore "${manual.file}"`);
    expect(server.err()).not.toMatch(/^\s+at /m); // a message, not a stack trace
  }, 60_000);
});
