import { z } from 'zod';

/** What a backup file is (its name says it: `<kind>-<UTC time>.sqlite3`); see core/backup/backup-files.ts. */
export const BACKUP_KINDS = ['daily', 'quit', 'manual', 'pre-migrate', 'before-restore', 'damaged'] as const;
export const BackupKindSchema = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKindSchema>;

export const BackupEntrySchema = z.object({
  fileName: z.string(),
  kind: BackupKindSchema,
  takenAt: z.string(),
  /** The China date it counts for in rotation. */
  day: z.string(),
  bytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** How many automatic backups rotation keeps: one per day for keepDaily days, then one per week. */
export const RotationSettingsSchema = z
  .object({
    keepDaily: z.number().int().min(1).max(90),
    keepWeekly: z.number().int().min(0).max(104),
  })
  .strict();
export type RotationSettings = z.infer<typeof RotationSettingsSchema>;

export const BackupStatusSchema = z.object({
  /** `<dataDir>/backups`; null for an in-memory database. */
  folder: z.string().nullable(),
  backups: z.array(BackupEntrySchema),
  settings: RotationSettingsSchema,
  /** Pre-migration backups kept (the newest ones). */
  keepPreMigrate: z.number().int(),
  lastBackupAt: z.string().nullable(),
  /** The app can show a folder dialog; browser mode asks for a path instead. */
  canChooseFolder: z.boolean(),
});
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

/** 立即备份 (to the backups folder), 备份到… (a folder the app asks for), or a typed folder path. */
export const BackupNowInputSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('backups') }).strict(),
  z.object({ target: z.literal('choose') }).strict(),
  z.object({ target: z.literal('folder'), folder: z.string().trim().min(1).max(1000) }).strict(),
]);
export type BackupNowInput = z.infer<typeof BackupNowInputSchema>;

export const TakenBackupSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  kind: z.enum(['daily', 'quit', 'manual', 'copy']),
  takenAt: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  rotatedOut: z.array(z.string()),
});
export type TakenBackup = z.infer<typeof TakenBackupSchema>;

/** null when the user cancelled the folder dialog. */
export const BackupNowResultSchema = z.object({ backup: TakenBackupSchema.nullable() });

/** A backup listed in the backups folder, by name (the page never sends a path to restore from). */
export const BackupRestoreInputSchema = z
  .object({ fileName: z.string().regex(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite3$/) })
  .strict();

export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  backupSchemaVersion: z.number().int(),
  schemaVersion: z.number().int(),
  /** Where the database as it was before the restore was kept. */
  keptAside: z.array(z.string()),
});
export type RestoreResult = z.infer<typeof RestoreResultSchema>;
