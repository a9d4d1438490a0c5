import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Localized } from '../../contract/result';
import { CoreError } from '../errors';
import { MIGRATIONS } from '../db/migrations';
import { listBackups, type BackupFile } from './backup-files';
import { fileSha256 } from './file-hash';

/** Tables every ADR Desk database has had since schema 1: a file without them is something else. */
const ADR_TABLES = ['cases', 'parties', 'operators', 'settings', 'audit_log'];

export interface CheckedBackup {
  ok: boolean;
  source: string;
  sha256: string;
  bytes: number;
  schemaVersion: number | null;
  /** Why it cannot be restored, in both languages; empty when ok. */
  problems: Localized[];
  /** The checked private copy: restore puts exactly these bytes in place. Null once disposed. */
  copy: string | null;
  dispose(): void;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/**
 * Checks a backup on a private temp copy (opening a file can roll back a hot journal or create
 * -wal/-shm files beside it, and the user's file must stay untouched): it opens as SQLite,
 * PRAGMA integrity_check is ok, its schema (user_version) is not newer than this app (older is
 * migrated on open), and it has ADR Desk's tables.
 */
export function checkBackupFile(source: string, supportedVersion: number = MIGRATIONS.length): CheckedBackup {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-restore-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  const result: CheckedBackup = { ok: false, source, sha256: '', bytes: 0, schemaVersion: null, problems: [], copy: null, dispose };
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) {
    result.problems.push(t(`文件不存在：${source}`, `No such file: ${source}`));
    return result;
  }
  Object.assign(result, fileSha256(source));
  const copy = path.join(dir, 'candidate.sqlite3');
  fs.copyFileSync(source, copy);
  result.copy = copy;
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(copy, { fileMustExist: true });
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      const detail = integrity.slice(0, 3).join('; ');
      result.problems.push(t(`完整性检查未通过：${detail}`, `integrity_check failed: ${detail}`));
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    result.schemaVersion = version;
    if (version > supportedVersion) {
      result.problems.push(
        t(`该文件由更新版本的程序写入（结构版本 ${version}，本程序最高 ${supportedVersion}）`, `written by a newer app (schema ${version}; this app supports up to ${supportedVersion})`),
      );
    }
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const missing = ADR_TABLES.filter((name) => !tables.has(name));
    if (version < 1 || missing.length > 0) {
      result.problems.push(t(`不是 ADR Desk 数据库（缺少表：${missing.join('、') || '无结构版本'}）`, `not an ADR Desk database (missing: ${missing.join(', ') || 'no schema version'})`));
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    result.problems.push(t(`无法作为 SQLite 数据库打开：${detail}`, `does not open as an SQLite database: ${detail}`));
  } finally {
    sqlite?.close();
  }
  result.ok = result.problems.length === 0;
  return result;
}

/** A BACKUP_INVALID error listing the problems (the copy is disposed). */
export function invalidBackup(checked: CheckedBackup): CoreError {
  checked.dispose();
  const zh = checked.problems.map((p) => p['zh-CN']).join('；');
  const en = checked.problems.map((p) => p.en).join('; ');
  return new CoreError('BACKUP_INVALID', `Backup ${checked.source} refused: ${en}`, { detail: en, 'detail.zh-CN': zh, 'detail.en': en });
}

/**
 * The newest backup in the folder that passes the same checks a restore makes; damaged files set
 * aside by an earlier recovery are never offered.
 */
export function latestGoodBackup(dir: string, supportedVersion: number = MIGRATIONS.length): BackupFile | null {
  for (const candidate of listBackups(dir)) {
    if (candidate.kind === 'damaged') continue;
    const checked = checkBackupFile(candidate.file, supportedVersion);
    checked.dispose();
    if (checked.ok) return candidate;
  }
  return null;
}
