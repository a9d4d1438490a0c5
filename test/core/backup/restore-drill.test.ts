import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { writeTx } from '../../../electron/core/cases/case-rows';
import { dispatch } from '../../../electron/core/handlers/registry';
import { getSetting, putSetting } from '../../../electron/core/services/settings';
import { backupsDirOf, listBackups } from '../../../electron/core/backup/backup-files';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openCore } from '../../../electron/core/core';
import { fixedClock } from '../../../electron/core/clock';
import { newSession } from '../../../electron/core/session';
import { fileCore, setUpCore, tempDir } from '../helpers/core';

type Setup = Awaited<ReturnType<typeof setUpCore>>;

function rename(core: Setup['core'], name: string): void {
  writeTx(core, () => {
    putSetting(core, 'center.name', name);
    appendAudit(core.q, { operatorId: null, operatorName: 'test' }, core.now(), { action: 'test.rename', entity: 'settings' });
  });
}

async function backedUp(): Promise<Setup & { dir: string; fileName: string; auditAtBackup: number }> {
  const dir = tempDir('adr-restore-');
  const setup = await setUpCore(await fileCore(dir));
  rename(setup.core, '备份时的名称');
  const made = await dispatch(setup.core, setup.session, 'backup.now', { target: 'backups' });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const fileName = (made.value as { backup: { fileName: string } }).backup.fileName;
  const auditAtBackup = setup.core.sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
  return { ...setup, dir, fileName, auditAtBackup };
}

describe('restore drill', () => {
  it('back up, change, restore: the data is as at the backup, the old database is kept aside, the chain verifies with the restore appended', async () => {
    const { core, session, dir, fileName } = await backedUp();
    rename(core, '备份之后改的名称');
    const restored = await dispatch(core, session, 'backup.restore', { fileName });
    expect(restored).toMatchObject({ ok: true, value: { schemaVersion: MIGRATIONS.length, backupSchemaVersion: MIGRATIONS.length } });
    const value = (restored as { value: { keptAside: string[]; restoredFrom: string; sha256: string } }).value;

    // The same open core now reads the restored content.
    expect(getSetting(core, 'center.name')).toBe('备份时的名称');
    const chain = verifyAuditChain(core.q);
    expect(chain.ok).toBe(true);
    const last = core.sqlite.prepare('SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; detail: string };
    expect(last.action).toBe('database.restore');
    expect(JSON.parse(last.detail)).toMatchObject({ file: path.join(backupsDirOf(dir), fileName), sha256: value.sha256, keptAside: value.keptAside });
    // The rename after the backup is gone from the log, but lives on in the set-aside copy.
    expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'test.rename'").pluck().get()).toBe(1);
    expect(value.keptAside).toHaveLength(1);
    expect(path.basename(value.keptAside[0]!)).toMatch(/^before-restore-/);
    const aside = new Database(value.keptAside[0]!, { readonly: true });
    expect(JSON.parse(aside.prepare("SELECT value FROM settings WHERE key = 'center.name'").pluck().get() as string)).toBe('备份之后改的名称');
    aside.close();
    // After a restart the database is still the restored one and passes the start-up check.
    core.close();
    const reopened = await fileCore(dir);
    expect(getSetting(reopened, 'center.name')).toBe('备份时的名称');
    expect(verifyAuditChain(reopened.q).ok).toBe(true);
    reopened.close();
  });

  it('restores an older-schema backup and migrates it', async () => {
    const dir = tempDir('adr-restore-');
    const old = await fileCore(dir, MIGRATIONS.slice(0, 5));
    const { core: olderCore } = await setUpCore(old);
    olderCore.close();
    fs.mkdirSync(backupsDirOf(dir), { recursive: true });
    const fileName = 'manual-2026-11-01T00-00-00-000Z.sqlite3';
    fs.copyFileSync(path.join(dir, 'adr-desk.sqlite3'), path.join(backupsDirOf(dir), fileName));
    // The older file is migrated when opened here, and again when restored: a minute apart.
    const clock = fixedClock('2026-11-28T02:00:00.000Z');
    const core = await openCore({ databaseFile: path.join(dir, 'adr-desk.sqlite3'), dataDir: dir, appVersion: '0', mode: 'test', clock });
    const session = newSession();
    clock.advance(60_000);
    const restored = await dispatch(core, session, 'backup.restore', { fileName });
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true, value: { backupSchemaVersion: 5, schemaVersion: MIGRATIONS.length } });
    expect(core.database.schemaVersion).toBe(MIGRATIONS.length);
    expect(listBackups(backupsDirOf(dir)).some((f) => f.kind === 'pre-migrate')).toBe(true);
    expect(verifyAuditChain(core.q).ok).toBe(true);
    core.close();
  });

  it('refuses a file that is not a sound ADR Desk database, changing nothing', async () => {
    const { core, session, dir } = await backedUp();
    const folder = backupsDirOf(dir);
    const write = (name: string, make: (file: string) => void) => {
      make(path.join(folder, name));
      return name;
    };
    const notSqlite = write('manual-2026-01-01T00-00-00-000Z.sqlite3', (f) => fs.writeFileSync(f, 'just text, not a database'));
    const foreign = write('manual-2026-01-02T00-00-00-000Z.sqlite3', (f) => {
      const db = new Database(f);
      db.exec('CREATE TABLE notes (x)');
      db.pragma('user_version = 1');
      db.close();
    });
    const newer = write('manual-2026-01-03T00-00-00-000Z.sqlite3', (f) => {
      fs.copyFileSync(listBackups(folder).find((b) => b.kind === 'manual')!.file, f);
      const db = new Database(f);
      db.pragma('user_version = 999');
      db.close();
    });
    const before = core.sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get();
    for (const [fileName, words] of [
      [notSqlite, 'SQLite'],
      [foreign, 'not an ADR Desk database'],
      [newer, 'newer app'],
    ] as const) {
      const refused = await dispatch(core, session, 'backup.restore', { fileName });
      expect(refused).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
      expect((refused as { error: { message: { en: string } } }).error.message.en).toContain(words);
    }
    expect(await dispatch(core, session, 'backup.restore', { fileName: 'manual-2020-01-01T00-00-00-000Z.sqlite3' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(core, session, 'backup.restore', { fileName: '../adr-desk.sqlite3' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get()).toBe(before);
    expect(listBackups(folder).some((f) => f.kind === 'before-restore')).toBe(false);
    core.close();
  });
});
