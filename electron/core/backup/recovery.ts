import { CoreError } from '../errors';
import { backupsDirOf, type BackupFile } from './backup-files';
import { latestGoodBackup } from './check-backup';

export interface DamageReport {
  /** DB_DAMAGED with `latest` filled in: the latest good backup and the command that restores it. */
  error: CoreError;
  latest: BackupFile | null;
}

/**
 * What the hosts say when the start-up check failed: the Electron recovery dialog offers the
 * latest good backup (checked like a restore would); browser mode and the CLI print this message,
 * which names it and the `adr restore FILE` command.
 */
export function reportDamage(error: CoreError, dataDir: string): DamageReport {
  const latest = latestGoodBackup(backupsDirOf(dataDir));
  const zh = latest
    ? `最近的完好备份：${latest.file}（${latest.takenAt}）。请关闭本程序后运行：adr restore "${latest.file}"`
    : '备份文件夹中没有可用的备份。';
  const en = latest
    ? `Latest good backup: ${latest.file} (${latest.takenAt}). Close the app, then run: adr restore "${latest.file}"`
    : 'The backups folder holds no usable backup.';
  const params = { ...error.params, latest: en, 'latest.zh-CN': zh, 'latest.en': en };
  return { error: new CoreError('DB_DAMAGED', `${error.message}. ${en}`, params), latest };
}

export function isDamaged(error: unknown): error is CoreError {
  return error instanceof CoreError && error.code === 'DB_DAMAGED';
}
