import { z } from 'zod';
import { text } from './common';
import { DateSchema } from './cases';
import { LocalizedTextSchema } from './agencies';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** 2026Q3 */
/** Years as YearSchema allows them (2000–2100), so period arithmetic always gets four digits. */
export const QuarterSchema = z.string().regex(/^(20\d{2}|2100)Q[1-4]$/, 'YYYYQn (2000–2100)');
export const YearSchema = z.number().int().min(2000).max(2100);

// ---- 负责人出庭应诉 --------------------------------------------------------------

export const HearingSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  courtNumber: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  heldOn: DateSchema,
  appearedName: z.string().nullable(),
  appearedTitle: z.string().nullable(),
  headAppeared: z.boolean(),
});
export type Hearing = z.infer<typeof HearingSchema>;

export const HearingSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    caseId: z.string().min(1).nullable().optional(),
    courtNumber: optionalText(60),
    agencyId: z.string().min(1),
    heldOn: DateSchema,
    appearedName: optionalText(60),
    appearedTitle: optionalText(60),
    headAppeared: z.boolean(),
  })
  .strict();

export const LinkageListInputSchema = z
  .object({ year: YearSchema.optional(), agencyId: z.string().min(1).optional(), caseId: z.string().min(1).optional() })
  .strict()
  .optional();

// ---- 司法建议 ---------------------------------------------------------------------

export const SuggestionSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  reference: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  receivedOn: DateSchema,
  content: z.string(),
  replyDueOn: DateSchema.nullable(),
  feedback: z.string().nullable(),
  feedbackOn: DateSchema.nullable(),
  /** No feedback yet and the reply deadline has passed. */
  overdue: z.boolean(),
  daysLeft: z.number().int().nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestionSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    caseId: z.string().min(1).nullable().optional(),
    reference: optionalText(60),
    agencyId: z.string().min(1),
    receivedOn: DateSchema,
    content: text(4000),
    replyDueOn: DateSchema.nullable().optional(),
    feedback: optionalText(4000),
    feedbackOn: DateSchema.nullable().optional(),
  })
  .strict();

// ---- 旁听庭审 ---------------------------------------------------------------------

export const AttendanceSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  attendedOn: DateSchema,
  courtNumber: z.string().nullable(),
  attendees: z.string().nullable(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

export const AttendanceSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    agencyId: z.string().min(1),
    attendedOn: DateSchema,
    courtNumber: optionalText(60),
    attendees: optionalText(500),
  })
  .strict();

export const LinkageDeleteSchema = z.object({ id: z.string().min(1) }).strict();

// ---- Statistics ---------------------------------------------------------------------

export const APPEARANCE_TARGET = 0.7;

/**
 * How far ahead a judicial suggestion's reply deadline shows as due, in calendar days. Court
 * deadlines for suggestions are set in calendar days (usually two months), so the warning is too:
 * ten calendar days leaves about two working weeks to chase the agency. The dashboard list (core)
 * and the state tags (page) both read this one number.
 */
export const SUGGESTION_DUE_SOON_DAYS = 10;

/** Period: a quarter or a whole year. */
export const LinkagePeriodSchema = z.union([
  z.object({ quarter: QuarterSchema }).strict(),
  z.object({ year: YearSchema }).strict(),
]);

export const AppearanceRowSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  hearings: z.number().int(),
  headAppearances: z.number().int(),
  /** null for an agency with no hearings in the period: it is neither above nor below target. */
  rate: z.number().nullable(),
  belowTarget: z.boolean(),
});
export type AppearanceRow = z.infer<typeof AppearanceRowSchema>;

export const AttendanceRowSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  /** Cases received in the year where the agency is respondent. */
  cases: z.number().int(),
  attendances: z.number().int(),
  /** Many cases (>= the threshold) and no attendance in the year. */
  flagged: z.boolean(),
});

export const LinkageStatsSchema = z.object({
  from: DateSchema,
  to: DateSchema,
  target: z.number(),
  appearance: z.object({
    hearings: z.number().int(),
    headAppearances: z.number().int(),
    rate: z.number().nullable(),
    belowTarget: z.boolean(),
    agencies: z.array(AppearanceRowSchema),
  }),
  /** The year of `to`: attendance is a once-a-year duty. */
  attendanceYear: z.number().int(),
  attendanceThreshold: z.number().int(),
  attendance: z.array(AttendanceRowSchema),
  suggestions: z.object({ received: z.number().int(), answered: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
});
export type LinkageStats = z.infer<typeof LinkageStatsSchema>;

// ---- 季度通报 ---------------------------------------------------------------------

export const NoticeReasonSchema = z.object({
  kind: z.enum(['below_target', 'overdue_tasks', 'overdue_suggestions']),
  text: LocalizedTextSchema,
});

export const QuarterlyEntrySchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  reasons: z.array(NoticeReasonSchema),
  hearings: z.number().int(),
  headAppearances: z.number().int(),
  rate: z.number().nullable(),
  overdueTasks: z.number().int(),
  rectification: z.string().nullable(),
  rectificationOn: DateSchema.nullable(),
});
export type QuarterlyEntry = z.infer<typeof QuarterlyEntrySchema>;

export const QuarterlyReportSchema = z.object({
  quarter: QuarterSchema,
  from: DateSchema,
  to: DateSchema,
  target: z.number(),
  centerName: z.string(),
  totals: z.object({ hearings: z.number().int(), headAppearances: z.number().int(), rate: z.number().nullable() }),
  /** Every agency with hearings in the quarter, for the table. */
  appearance: z.array(AppearanceRowSchema),
  /** The agencies named: below target, or with tasks overdue at the end of the quarter. */
  entries: z.array(QuarterlyEntrySchema),
});
export type QuarterlyReport = z.infer<typeof QuarterlyReportSchema>;

export const QuarterInputSchema = z.object({ quarter: QuarterSchema }).strict();
export const QuarterlyExportSchema = z.object({ quarter: QuarterSchema, format: z.enum(['docx', 'xlsx']) }).strict();
export const RectificationSaveSchema = z
  .object({ quarter: QuarterSchema, agencyId: z.string().min(1), rectification: optionalText(4000), rectificationOn: DateSchema.nullable().optional() })
  .strict();
