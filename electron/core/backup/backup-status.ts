import type { Core } from '../core';
import { backupsDirOf, listBackups, type BackupFile } from './backup-files';
import { rotationSettings } from './backup-settings';
import { KEEP_PRE_MIGRATE, type RotationSettings } from './rotation';

export interface BackupStatus {
  folder: string | null;
  backups: Omit<BackupFile, 'file'>[];
  settings: RotationSettings;
  keepPreMigrate: number;
  /** The newest backup of any kind, or null. */
  lastBackupAt: string | null;
  /** Whether this host can ask for a folder (the app); elsewhere the page asks for a path. */
  canChooseFolder: boolean;
}

/** What Settings → 备份 shows: the files in the backups folder, newest first, and the rotation. */
export function backupStatus(core: Core): BackupStatus {
  const folder = core.dataDir ? backupsDirOf(core.dataDir) : null;
  const backups = folder ? listBackups(folder).map(({ file: _file, ...rest }) => rest) : [];
  return {
    folder,
    backups,
    settings: rotationSettings(core),
    keepPreMigrate: KEEP_PRE_MIGRATE,
    lastBackupAt: backups[0]?.takenAt ?? null,
    canChooseFolder: core.chooseFolder !== null,
  };
}
