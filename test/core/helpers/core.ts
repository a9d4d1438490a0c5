import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { fixedClock } from '../../../electron/core/clock';
import type { Migration } from '../../../electron/core/db/migrations/migration';
import { newSession, type Session } from '../../../electron/core/session';
import { completeSetup } from '../../../electron/core/services/setup';

/** A fresh temp folder, removed after the test run by the OS (tmpdir) or by the caller. */
export function tempDir(prefix = 'adr-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function memoryCore(clockIso = '2026-11-27T02:00:00.000Z'): Promise<Core> {
  return openCore({ databaseFile: ':memory:', dataDir: null, appVersion: '0.0.0-test', mode: 'test', clock: fixedClock(clockIso) });
}

export async function fileCore(dir: string, migrations?: readonly Migration[]): Promise<Core> {
  return openCore({
    databaseFile: path.join(dir, 'adr-desk.sqlite3'),
    dataDir: dir,
    appVersion: '0.0.0-test',
    mode: 'test',
    clock: fixedClock('2026-11-27T02:00:00.000Z'),
    ...(migrations ? { migrations } : {}),
  });
}

export async function setUpCore(core?: Core): Promise<{ core: Core; session: Session }> {
  const c = core ?? (await memoryCore());
  const session = newSession();
  completeSetup(c, session, {
    centerName: '秦皇岛市行政争议化解中心',
    level: 'city',
    courtName: '秦皇岛市中级人民法院',
    operatorName: '张协调',
    operatorRole: 'administrator',
  });
  return { core: c, session };
}
