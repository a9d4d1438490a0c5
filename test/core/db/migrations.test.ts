import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { CoreError } from '../../../electron/core/errors';
import { fileCore, memoryCore, tempDir } from '../helpers/core';

describe('migrations', () => {
  it('bring a fresh database to the latest version with every domain table', async () => {
    const core = await memoryCore();
    expect(core.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = core.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    for (const t of [
      'settings', 'operators', 'agencies', 'agency_contacts', 'cases', 'parties', 'case_agencies',
      'workflow_templates', 'workflow_steps', 'activities', 'attachments', 'coordination_tasks',
      'clocks', 'clock_adjustments', 'holidays', 'meetings', 'rooms', 'agenda_items',
      'meeting_invitees', 'minutes', 'action_items', 'court_batches', 'audit_log',
    ]) {
      expect(tables, t).toContain(t);
    }
    core.close();
  });

  it('apply the pragmas the store depends on', async () => {
    const dir = tempDir();
    const core = await fileCore(dir);
    expect(core.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(core.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    core.close();
  });

  it('migrate a database left at version N-1, keeping its data and writing a backup first', async () => {
    const dir = tempDir();
    const old = await fileCore(dir, MIGRATIONS.slice(0, -1));
    expect(old.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    old.sqlite
      .prepare("INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES ('a1', '市自然资源和规划局', 'department', 'x', 'x')")
      .run();
    old.close();

    const core = await fileCore(dir);
    expect(core.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.sqlite.prepare("SELECT name FROM agencies WHERE id = 'a1'").pluck().get()).toBe('市自然资源和规划局');
    expect(core.database.backupFile).not.toBeNull();
    const backup = new Database(core.database.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(backup.prepare('SELECT count(*) FROM agencies').pluck().get()).toBe(1);
    backup.close();
    core.close();
  });

  it('do not back up or touch a database that is already current', async () => {
    const dir = tempDir();
    (await fileCore(dir)).close();
    const again = await fileCore(dir);
    expect(again.database.backupFile).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    again.close();
  });

  it('refuse a database written by a newer app, with a clear error, leaving the file unchanged', async () => {
    const dir = tempDir();
    (await fileCore(dir)).close();
    const file = path.join(dir, 'adr-desk.sqlite3');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    const error = await fileCore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('DB_NEWER_VERSION');
    expect((error as CoreError).message).toMatch(/newer version/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('roll back every pending migration when one fails', async () => {
    const dir = tempDir();
    const broken = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'boom', up: () => { throw new Error('boom'); } }];
    await expect(fileCore(dir, broken)).rejects.toThrow('boom');
    const raw = new Database(path.join(dir, 'adr-desk.sqlite3'));
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'cases'").pluck().get()).toBe(0);
    raw.close();
  });

  it('stamp a growing change sequence on every insert and update', async () => {
    const core = await memoryCore();
    const run = (sql: string) => core.sqlite.prepare(sql).run();
    run("INSERT INTO agencies (id, name, kind, created_at, updated_at) VALUES ('a1', '甲局', 'department', 'x', 'x')");
    const first = core.sqlite.prepare("SELECT change_seq FROM agencies WHERE id = 'a1'").pluck().get() as number;
    run("UPDATE agencies SET short_name = '甲' WHERE id = 'a1'");
    const second = core.sqlite.prepare("SELECT change_seq FROM agencies WHERE id = 'a1'").pluck().get() as number;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    core.close();
  });
});
