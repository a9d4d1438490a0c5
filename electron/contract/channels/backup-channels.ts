import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import {
  BackupNowInputSchema,
  BackupNowResultSchema,
  BackupRestoreInputSchema,
  BackupStatusSchema,
  RestoreResultSchema,
  RotationSettingsSchema,
} from '../schemas/backups';

/**
 * Settings → 备份: the backups folder, a backup now, restore from a listed backup (checked first,
 * the current database kept aside; the page reloads afterwards), rotation counts. Administrators
 * only (backup.admin): a restore replaces everyone's data.
 */
export const BACKUP_CHANNELS = {
  'backup.status': { input: NoInput, output: BackupStatusSchema, permission: 'backup.admin', writes: false },
  'backup.now': { input: BackupNowInputSchema, output: BackupNowResultSchema, permission: 'backup.admin', writes: true },
  'backup.restore': { input: BackupRestoreInputSchema, output: RestoreResultSchema, permission: 'backup.admin', writes: true },
  'backup.settings': { input: RotationSettingsSchema, output: RotationSettingsSchema, permission: 'backup.admin', writes: true },
} as const satisfies Record<string, ChannelSpec>;
