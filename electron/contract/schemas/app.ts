import { z } from 'zod';
import { OperatorSchema } from './common';
import { CenterSchema } from './setup';

export const AppInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
  dataDir: z.string().nullable(),
  mode: z.enum(['electron', 'web', 'test', 'cli']),
  center: CenterSchema.nullable(),
  operator: OperatorSchema.nullable(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const AuditReportSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headHash: z.string(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      reason: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_entry']),
    })
    .nullable(),
});
export type AuditReport = z.infer<typeof AuditReportSchema>;
