import type { BACKUP_CHANNELS } from '../../contract/channels/backup-channels';
import { actorOf } from '../services/operators';
import { conflict } from '../cases/messages';
import { backupStatus } from '../backup/backup-status';
import { saveRotationSettings } from '../backup/backup-settings';
import { takeBackup } from '../backup/take-backup';
import { restoreListedBackup } from '../backup/restore-listed';
import type { AreaHandlers } from './registry';

/** Backups: status, a backup now (backups folder, a chosen or typed folder), restore, rotation. */
export const BACKUP_HANDLERS: AreaHandlers<typeof BACKUP_CHANNELS> = {
  'backup.status': function handleBackupStatus(core) {
    return backupStatus(core);
  },
  'backup.now': async function handleBackupNow(core, call, input) {
    const actor = actorOf(call.operator ?? undefined);
    if (input.target === 'backups') return { backup: await takeBackup(core, actor, { kind: 'manual' }) };
    if (input.target === 'folder') {
      // In the app the folder comes from the native dialog only: a page (compromised or not)
      // cannot send a copy of everyone's data to a path of its choosing.
      if (core.chooseFolder) throw conflict('请用“备份到…”选择文件夹', 'Choose the folder with "Back up to…"');
      return { backup: await takeBackup(core, actor, { folder: input.folder }) };
    }
    const folder = core.chooseFolder ? await core.chooseFolder({ 'zh-CN': '选择备份保存的文件夹', en: 'Choose a folder for the backup' }) : null;
    return { backup: folder ? await takeBackup(core, actor, { folder }) : null };
  },
  'backup.restore': function handleBackupRestore(core, call, input) {
    return restoreListedBackup(core, actorOf(call.operator ?? undefined), input.fileName);
  },
  'backup.settings': function handleBackupSettings(core, call, input) {
    return saveRotationSettings(core, actorOf(call.operator ?? undefined), input);
  },
};
