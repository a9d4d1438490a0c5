import { z } from 'zod';
import { CalendarDateSchema } from './audit-log';

/**
 * PIPL art. 19: personal information is kept no longer than the purpose needs. Closed cases keep
 * their record (the court and later disputes rely on it) but, once the retention period after
 * closing has passed, their parties are anonymised by a job the administrator confirms.
 */
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 50;

export const RetentionSettingsSchema = z
  .object({
    /** Whole years after the closing date. */
    years: z.number().int().min(RETENTION_YEARS_MIN).max(RETENTION_YEARS_MAX),
  })
  .strict();
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const RetentionStatusSchema = z.object({
  years: z.number().int(),
  /** Cases closed before this date (today minus the years) are past the period. */
  cutoff: z.string(),
  /** Closed cases past the period whose parties are not yet anonymised. */
  due: z.number().int(),
  /** The earliest closing date among them. */
  oldestClosedOn: z.string().nullable(),
  /** Cases already anonymised (any time). */
  anonymisedCases: z.number().int(),
});
export type RetentionStatus = z.infer<typeof RetentionStatusSchema>;

export const RetentionRunInputSchema = z
  .object({
    /** The page asks the administrator first; the core refuses without it. */
    confirm: z.literal(true),
    /** Run as of this China date instead of today (a rehearsal on a copy; tests). */
    asOf: CalendarDateSchema.optional(),
  })
  .strict();
export type RetentionRunInput = z.infer<typeof RetentionRunInputSchema>;

export const RetentionRunResultSchema = z.object({
  cutoff: z.string(),
  cases: z.number().int(),
  parties: z.number().int(),
  caseNumbers: z.array(z.string()),
  /** The audit entry that records the run; null when there was nothing to do. */
  auditSeq: z.number().int().nullable(),
});
export type RetentionRunResult = z.infer<typeof RetentionRunResultSchema>;
