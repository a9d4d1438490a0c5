import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { fixedClock } from '../../../electron/core/clock';
import { dispatch } from '../../../electron/core/handlers/registry';
import { backupsDirOf, listBackups } from '../../../electron/core/backup/backup-files';
import { dailyBackupIfDue, quitBackup } from '../../../electron/core/backup/take-backup';
import { planRotation, weekOf } from '../../../electron/core/backup/rotation';
import type { BackupFile } from '../../../electron/core/backup/backup-files';
import { addDays } from '../../../electron/core/dates';
import { setUpCore, tempDir } from '../helpers/core';

const DAY = 24 * 3600 * 1000;

async function clockedCore(dir: string, clock: ReturnType<typeof fixedClock>): Promise<Core> {
  return openCore({ databaseFile: path.join(dir, 'adr-desk.sqlite3'), dataDir: dir, appVersion: '0.0.0-test', mode: 'test', clock });
}

describe('backup rotation', () => {
  it('over a simulated month of daily starts and quits keeps exactly 7 daily and 4 weekly backups', async () => {
    const dir = tempDir('adr-rotation-');
    // 2026-10-01 09:00 China time (a Thursday).
    const clock = fixedClock('2026-10-01T01:00:00.000Z');
    const { core } = await setUpCore(await clockedCore(dir, clock));
    const days: string[] = [];
    for (let d = 0; d < 31; d += 1) {
      days.push(core.today());
      expect(await dailyBackupIfDue(core), `first start of ${core.today()}`).not.toBeNull();
      clock.advance(2 * 3600 * 1000);
      expect(await dailyBackupIfDue(core), 'a second start the same day').toBeNull();
      clock.advance(7 * 3600 * 1000); // quit at 18:00 China time
      await quitBackup(core);
      clock.advance(DAY - 9 * 3600 * 1000);
    }
    const kept = listBackups(backupsDirOf(dir)).filter((f) => f.kind === 'daily' || f.kind === 'quit');
    expect(kept).toHaveLength(11);
    // One per day, and each day's is its quit backup (the newest of the day).
    expect(new Set(kept.map((f) => f.day)).size).toBe(11);
    expect(kept.every((f) => f.kind === 'quit')).toBe(true);
    const last7 = days.slice(-7).reverse();
    expect(kept.slice(0, 7).map((f) => f.day)).toEqual(last7);
    // The other four: the newest day of each of the four weeks before, one per week.
    const weekly = kept.slice(7).map((f) => f.day);
    const weeks = weekly.map(weekOf);
    expect(new Set(weeks).size).toBe(4);
    for (const day of weekly) {
      const older = days.filter((d) => d < last7.at(-1)! && weekOf(d) === weekOf(day));
      expect(day).toBe(older.at(-1));
    }
    // Rotation was recorded in the audit log with the files it removed.
    const rotated = core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'database.backup' AND detail LIKE '%rotatedOut%'").pluck().get() as number;
    expect(rotated).toBeGreaterThan(0);
    core.close();
  });

  it('follows the counts saved through backup.settings, and never removes manual backups', async () => {
    const dir = tempDir('adr-rotation-');
    const clock = fixedClock('2026-10-01T01:00:00.000Z');
    const { core, session } = await setUpCore(await clockedCore(dir, clock));
    const saved = await dispatch(core, session, 'backup.settings', { keepDaily: 2, keepWeekly: 1 });
    expect(saved).toEqual({ ok: true, value: { keepDaily: 2, keepWeekly: 1 } });
    expect(await dispatch(core, session, 'backup.settings', { keepDaily: 0, keepWeekly: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(core, session, 'backup.now', { target: 'backups' })).toMatchObject({ ok: true, value: { backup: { kind: 'manual' } } });
    for (let d = 0; d < 20; d += 1) {
      await dailyBackupIfDue(core);
      clock.advance(DAY);
    }
    const files = listBackups(backupsDirOf(dir));
    const daily = files.filter((f) => f.kind === 'daily');
    // Two days, then one weekly from before them.
    expect(daily.slice(0, 2).map((f) => f.day)).toEqual([addDays('2026-10-01', 19), addDays('2026-10-01', 18)]);
    expect(files.filter((f) => f.kind === 'daily')).toHaveLength(3);
    expect(files.filter((f) => f.kind === 'manual')).toHaveLength(1);
    const status = await dispatch(core, session, 'backup.status', {});
    expect(status).toMatchObject({ ok: true, value: { settings: { keepDaily: 2, keepWeekly: 1 }, keepPreMigrate: 5, backups: expect.any(Array) } });
    core.close();
  });
});

describe('backup.now targets', () => {
  it('writes a copy to a typed folder outside the app, refuses a missing folder, and in the app takes the folder only from the dialog', async () => {
    const dir = tempDir('adr-now-');
    const clock = fixedClock('2026-10-01T01:00:00.000Z');
    const { core, session } = await setUpCore(await clockedCore(dir, clock));
    const target = tempDir('adr-now-target-');
    const copy = await dispatch(core, session, 'backup.now', { target: 'folder', folder: target });
    expect(copy).toMatchObject({ ok: true, value: { backup: { kind: 'copy', fileName: 'adr-desk-backup-2026-10-01T01-00-00-000Z.sqlite3' } } });
    expect(await dispatch(core, session, 'backup.now', { target: 'folder', folder: path.join(target, 'missing') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    core.close();

    const picked: string[] = [];
    const app = await openCore({
      databaseFile: path.join(dir, 'adr-desk.sqlite3'),
      dataDir: dir,
      appVersion: '0',
      mode: 'electron',
      clock,
      chooseFolder: (title) => {
        picked.push(title['zh-CN']);
        return Promise.resolve(picked.length === 1 ? target : null);
      },
    });
    clock.advance(1000);
    expect(await dispatch(app, session, 'backup.now', { target: 'folder', folder: target })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch(app, session, 'backup.now', { target: 'choose' })).toMatchObject({ ok: true, value: { backup: { kind: 'copy' } } });
    expect(await dispatch(app, session, 'backup.now', { target: 'choose' })).toEqual({ ok: true, value: { backup: null } });
    expect(picked).toEqual(['选择备份保存的文件夹', '选择备份保存的文件夹']);
    expect((await dispatch(app, session, 'backup.status', {}) as { value: { canChooseFolder: boolean } }).value.canChooseFolder).toBe(true);
    app.close();
  });
});

describe('an in-memory database', () => {
  it('has no backups: backup.now is refused for every target and writes no file', async () => {
    const { core, session } = await setUpCore();
    const target = tempDir('adr-mem-target-');
    for (const input of [{ target: 'backups' }, { target: 'folder', folder: target }, { target: 'choose' }] as const) {
      const result = await dispatch(core, session, 'backup.now', input);
      if (input.target === 'choose') expect(result).toEqual({ ok: true, value: { backup: null } }); // no dialog outside the app
      else expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    expect(fs.readdirSync(target)).toEqual([]);
    core.close();
  });
});

describe('planRotation', () => {
  const entry = (kind: BackupFile['kind'], takenAt: string): BackupFile => ({
    file: `/b/${kind}-${takenAt}`,
    fileName: `${kind}-${takenAt}`,
    kind,
    takenAt,
    day: takenAt.slice(0, 10),
    bytes: 1,
  });

  it('keeps the newest 5 pre-migration backups and never removes manual, before-restore or damaged files', () => {
    const files = [
      ...Array.from({ length: 8 }, (_, i) => entry('pre-migrate', `2026-0${i + 1}-01T00:00:00.000Z`)),
      ...Array.from({ length: 30 }, (_, i) => entry('manual', `2026-09-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`)),
      entry('before-restore', '2020-01-01T00:00:00.000Z'),
      entry('damaged', '2020-01-02T00:00:00.000Z'),
    ];
    const removed = planRotation(files, { keepDaily: 1, keepWeekly: 0 });
    expect(removed.map((f) => f.fileName).sort()).toEqual(
      ['2026-01-01', '2026-02-01', '2026-03-01'].map((d) => `pre-migrate-${d}T00:00:00.000Z`),
    );
  });

  it('with keepWeekly 0 keeps only the daily ones, and a day with two backups keeps its newest', () => {
    const files = [
      entry('daily', '2026-10-05T01:00:00.000Z'),
      entry('quit', '2026-10-05T10:00:00.000Z'),
      entry('daily', '2026-10-04T01:00:00.000Z'),
      entry('daily', '2026-09-20T01:00:00.000Z'),
    ];
    const removed = planRotation(files, { keepDaily: 2, keepWeekly: 0 }).map((f) => f.fileName);
    expect(removed.sort()).toEqual(['daily-2026-09-20T01:00:00.000Z', 'daily-2026-10-05T01:00:00.000Z']);
  });
});
