import { z } from 'zod';
import { text } from './common';
import { DateSchema } from './cases';

export const ClockSuspendSchema = z.object({ clockId: z.string().min(1), fromOn: DateSchema, reason: text(1000) }).strict();
export const ClockResumeSchema = z.object({ clockId: z.string().min(1), toOn: DateSchema }).strict();
export const ClockExtendSchema = z
  .object({ clockId: z.string().min(1), extraDays: z.number().int().positive().max(365), reason: text(1000) })
  .strict();

export const HolidayDaySchema = z.object({ date: DateSchema, kind: z.enum(['holiday', 'workday']), name: text(40) }).strict();
export const HolidayYearSchema = z.object({
  year: z.number().int(),
  provisional: z.boolean(),
  days: z.array(HolidayDaySchema),
});
export const HolidayYearInputSchema = z.object({ year: z.number().int().min(2000).max(2100) }).strict();
export const HolidaySaveSchema = z
  .object({ year: z.number().int().min(2000).max(2100), days: z.array(HolidayDaySchema).max(366) })
  .strict();
export const HolidayImportSchema = z
  .object({ format: z.enum(['json', 'csv']), text: z.string().min(1).max(1_000_000) })
  .strict();
export const HolidayImportResultSchema = z.object({ years: z.array(z.number().int()), days: z.number().int(), changed: z.boolean() });

export const DueItemSchema = z.object({
  clockId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  kind: z.enum(['resolution', 'transfer_to_filing', 'follow_up_visit', 'step']),
  stepName: z.string().nullable(),
  dueOn: DateSchema,
  daysLeft: z.number().int(),
  state: z.enum(['open', 'due_soon', 'overdue', 'suspended', 'met', 'missed', 'cancelled']),
});
