import path from 'node:path';
import { dialog } from 'electron';
import { localize } from '../contract/errors';
import type { Core } from '../core/core';
import { SYSTEM_ACTOR } from '../core/audit/audit-log';
import { backupsDirOf } from '../core/backup/backup-files';
import type { CheckedBackup } from '../core/backup/check-backup';
import { reportDamage } from '../core/backup/recovery';
import { auditRestore, restoreDatabaseFile } from '../core/backup/restore';
import { CoreError } from '../core/errors';
import { databaseFileIn } from '../core/paths';

/** A restore made before the core opened; its audit entry is written once the core is open. */
export interface PendingRestore {
  checked: CheckedBackup;
  keptAside: string[];
}

const both = (zh: string, en: string) => `${zh}\n\n${en}`;

/**
 * The recovery path when the database failed its start-up check (quick_check): instead of a
 * crash, a native dialog (dialog.showMessageBox) explains the problem and offers the latest good
 * backup (checked as a restore checks it), another backup file (dialog.showOpenDialog), or quit.
 * A file that fails its checks is explained and the choice offered again. Resolves with the
 * restore made (the damaged database is set aside in backups/ with its -wal/-shm), or null to quit.
 */
export async function recoverDamagedDatabase(dataDir: string, damage: CoreError, nowIso: () => string): Promise<PendingRestore | null> {
  for (;;) {
    const { error, latest } = reportDamage(damage, dataDir);
    const text = localize(error.code, error.params);
    const buttons = [
      ...(latest ? ['恢复最近的完好备份 / Restore the latest good backup'] : []),
      '选择其他备份文件… / Choose another backup file…',
      '退出 / Quit',
    ];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: '数据库已损坏 / The database is damaged',
      message: both('数据库未通过启动检查，程序不会在损坏的文件上继续工作。', 'The database failed its start-up check; the app will not work on a damaged file.'),
      detail: both(
        `${text['zh-CN']}\n恢复时，损坏的数据库会连同 -wal/-shm 文件移到 backups 文件夹保存，不会被删除。`,
        `${text.en}\nRestoring moves the damaged database, with its -wal/-shm files, into the backups folder; nothing is deleted.`,
      ),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    });
    const choice = buttons[response];
    if (choice === undefined || response === buttons.length - 1) return null;
    let source: string | null = latest && response === 0 ? latest.file : null;
    if (!source) {
      const picked = await dialog.showOpenDialog({
        title: '选择备份文件 / Choose a backup file',
        defaultPath: backupsDirOf(dataDir),
        properties: ['openFile'],
        filters: [{ name: 'ADR Desk backup (SQLite)', extensions: ['sqlite3', 'sqlite', 'db'] }],
      });
      if (picked.canceled || picked.filePaths.length === 0) continue;
      source = picked.filePaths[0]!;
    }
    try {
      return restoreDatabaseFile({
        databaseFile: databaseFileIn(dataDir),
        backupsDir: backupsDirOf(dataDir),
        source,
        nowIso: nowIso(),
        asideKind: 'damaged',
      });
    } catch (restoreError) {
      if (!(restoreError instanceof CoreError)) throw restoreError;
      const why = localize(restoreError.code, restoreError.params);
      await dialog.showMessageBox({
        type: 'warning',
        title: '无法使用该备份 / Cannot use this backup',
        message: both(why['zh-CN'], why.en),
        detail: path.resolve(source),
        buttons: ['确定 / OK'],
        noLink: true,
      });
    }
  }
}

/** After the core opened on the restored file: the restore's audit entry and a word to the user. */
export async function confirmRecovery(core: Core, pending: PendingRestore): Promise<void> {
  try {
    auditRestore(core, SYSTEM_ACTOR, pending.checked, pending.keptAside);
  } finally {
    pending.checked.dispose();
  }
  await dialog.showMessageBox({
    type: 'info',
    title: '已从备份恢复 / Restored from a backup',
    message: both(`已从备份恢复：${pending.checked.source}`, `Restored from: ${pending.checked.source}`),
    detail: both(
      `损坏的数据库已保存到：${pending.keptAside[0] ?? '-'}。备份之后录入的内容需要重新录入。`,
      `The damaged database was kept at: ${pending.keptAside[0] ?? '-'}. Anything entered after the backup must be entered again.`,
    ),
    buttons: ['确定 / OK'],
    noLink: true,
  });
}
