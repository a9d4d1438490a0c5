import { z } from 'zod';
import { DateSchema } from './cases';

/** A YYYY-MM-DD that is a real calendar day (2026-02-30 is refused, not turned into March). */
export const CalendarDateSchema = DateSchema.refine((d) => {
  const t = Date.parse(`${d}T00:00:00.000Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
}, 'not a calendar date');

/**
 * The audit viewer (审计日志). Filters combine with AND. `action` is exact, or a prefix when it
 * ends in a dot ('court.' → court.export, court.import …). Dates are China dates, both inclusive.
 */
export const AuditFiltersSchema = z
  .object({
    /** An operator id or name, exactly as recorded ('system' for work done without an operator). */
    operator: z.string().trim().min(1).max(100).optional(),
    entity: z.string().trim().min(1).max(100).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    from: CalendarDateSchema.optional(),
    to: CalendarDateSchema.optional(),
    /** Free text searched in the entry's detail (JSON text), case-insensitive for Latin letters. */
    text: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type AuditFilters = z.infer<typeof AuditFiltersSchema>;

export const AUDIT_PAGE_MAX = 200;

export const AuditListInputSchema = AuditFiltersSchema.extend({
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  offset: z.number().int().min(0).max(10_000_000).default(0),
}).strict();
export type AuditListInput = z.input<typeof AuditListInputSchema>;

export const AuditRowSchema = z.object({
  seq: z.number().int(),
  /** UTC ISO-8601. */
  at: z.string(),
  operatorId: z.string().nullable(),
  operatorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The first 12 hex digits of the entry's hash (enough to match it by eye). */
  hash: z.string(),
});
export type AuditRow = z.infer<typeof AuditRowSchema>;

export const AuditFilterOptionsSchema = z.object({
  actions: z.array(z.string()),
  entities: z.array(z.string()),
  operators: z.array(z.object({ id: z.string().nullable(), name: z.string() })),
});
export type AuditFilterOptions = z.infer<typeof AuditFilterOptionsSchema>;

export const AuditListResultSchema = z.object({
  rows: z.array(AuditRowSchema),
  /** Entries matching the filters (all pages). */
  total: z.number().int(),
  options: AuditFilterOptionsSchema,
});
export type AuditListResult = z.infer<typeof AuditListResultSchema>;
