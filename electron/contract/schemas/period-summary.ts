import { z } from 'zod';
import { DateSchema, CaseSourceSchema, OutcomeSchema } from './cases';
import { LocalizedTextSchema } from './agencies';

/**
 * The period summary (化解结果摘要, per period): what the center reports to the committee, the
 * court and the public for a month, a quarter, a year or any range of China dates.
 *
 * A period is written as one string, the same in the app, the CLI and file names:
 *   2026                     the year
 *   2026Q3                   a quarter (2026q3 is accepted)
 *   2026-09                  a month
 *   2026-07-01..2026-09-30   a custom range, both days included
 */

const PERIOD_FORM = /^(\d{4})(?:Q([1-4])|-(\d{2}))?$|^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export type PeriodKind = 'year' | 'quarter' | 'month' | 'range';

export interface ParsedPeriod {
  key: string;
  kind: PeriodKind;
  /** First and last China date, both included. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12), leap years included. */
function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A real calendar day in the supported years ('2026-02-30' is not). */
function isRealDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

/**
 * The period a key names, or null when it is not one (bad form, a month 13, 2026-02-30, a range
 * ending before it starts, a year outside 2000–2100). Pure: the contract and the core share it.
 */
export function parsePeriod(value: string): ParsedPeriod | null {
  const key = value.trim().toUpperCase();
  const m = PERIOD_FORM.exec(key);
  if (!m) return null;
  if (m[4] !== undefined && m[5] !== undefined) {
    const [from, to] = [m[4], m[5]];
    if (!isRealDate(from) || !isRealDate(to) || from > to) return null;
    return { key, kind: 'range', from, to };
  }
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[2] !== undefined) {
    const q = Number(m[2]);
    return { key, kind: 'quarter', from: `${year}-${pad(q * 3 - 2)}-01`, to: monthEnd(year, q * 3) };
  }
  if (m[3] !== undefined) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    return { key, kind: 'month', from: `${year}-${pad(month)}-01`, to: monthEnd(year, month) };
  }
  return { key, kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
}

export const PeriodKeySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(PERIOD_FORM, '2026 | 2026Q3 | 2026-09 | 2026-07-01..2026-09-30')
  .refine((value) => parsePeriod(value) !== null, {
    message: 'not a real period: months 01–12, real dates, years 2000–2100, a range from ≤ to',
  });

export const PeriodFiguresInputSchema = z.object({ period: PeriodKeySchema }).strict();
export const PERIOD_SUMMARY_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type PeriodSummaryFormat = (typeof PERIOD_SUMMARY_FORMATS)[number];
export const PeriodSummaryInputSchema = z.object({ period: PeriodKeySchema, format: z.enum(PERIOD_SUMMARY_FORMATS) }).strict();

// ---- The figures ---------------------------------------------------------------------------

/** Cases received, closed, and closed with a resolved outcome in the period; rate = resolved ÷ closed. */
const GroupFiguresShape = {
  received: z.number().int(),
  closed: z.number().int(),
  resolved: z.number().int(),
  /** null when nothing closed in the period (no rate, not 0 %). */
  resolutionRate: z.number().nullable(),
};

export const PeriodFiguresSchema = z.object({
  period: z.object({
    key: z.string(),
    kind: z.enum(['year', 'quarter', 'month', 'range']),
    from: DateSchema,
    to: DateSchema,
    /** The day "at the period's end" figures are taken: its last day, or today while it runs. */
    asOf: DateSchema,
    label: LocalizedTextSchema,
  }),
  totals: z.object({
    received: z.number().int(),
    closed: z.number().int(),
    /** Received by the end, not closed by then (closed_on after the end, or not closed). */
    openAtEnd: z.number().int(),
    resolved: z.number().int(),
    /** 撤回申请 + 和解/调解协议 among the cases closed in the period. */
    withdrawnOrSettled: z.number().int(),
  }),
  /** 化解率 = closed with a resolved outcome ÷ closed in the period. */
  resolutionRate: z.number().nullable(),
  /** 调撤率 = (撤回申请 + 和解/调解协议) ÷ closed in the period. */
  withdrawalRate: z.number().nullable(),
  /** Calendar days from received to closed of the cases closed in the period. */
  daysToClose: z.object({
    count: z.number().int(),
    /** The middle value; the mean of the two middle ones for an even count. */
    median: z.number().nullable(),
    /** Nearest rank: the value at rank ⌈0.9 × count⌉ in ascending order. */
    p90: z.number().nullable(),
  }),
  /** Open cases at the end by the stage they were in then (closed is never among them). */
  byStage: z.array(z.object({ stage: z.enum(['intake', 'pre', 'during', 'post']), count: z.number().int() })),
  /** Open at the end but with no stage history recorded (cases loaded without their transitions). */
  stageUnrecorded: z.number().int(),
  byCategory: z.array(z.object({ categoryId: z.string().nullable(), name: z.string(), ...GroupFiguresShape })),
  bySource: z.array(z.object({ source: CaseSourceSchema, ...GroupFiguresShape })),
  /** Per respondent agency (a case with two respondents counts for each). */
  byAgency: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), ...GroupFiguresShape })),
  /** Cases closed in the period by outcome, every outcome listed. */
  byOutcome: z.array(z.object({ outcome: OutcomeSchema, count: z.number().int() })),
  /** Received and closed per calendar month; empty for a period within one month. */
  monthly: z.array(z.object({ month: z.string(), received: z.number().int(), closed: z.number().int() })),
  overdue: z.object({
    clocks: z.array(
      z.object({
        clockId: z.string(),
        caseId: z.string(),
        caseNumber: z.string(),
        caseTitle: z.string(),
        kind: z.enum(['resolution', 'transfer_to_filing', 'follow_up_visit', 'step']),
        stepName: z.string().nullable(),
        dueOn: DateSchema,
        daysOverdue: z.number().int(),
      }),
    ),
    tasks: z.array(
      z.object({
        taskId: z.string(),
        agencyId: z.string(),
        agencyName: z.string(),
        caseId: z.string().nullable(),
        caseNumber: z.string().nullable(),
        request: z.string(),
        sentOn: DateSchema,
        dueOn: DateSchema,
        daysOverdue: z.number().int(),
      }),
    ),
  }),
  /** 负责人出庭应诉率 over the court hearings held in the period. */
  appearance: z.object({
    hearings: z.number().int(),
    headAppearances: z.number().int(),
    rate: z.number().nullable(),
    target: z.number(),
    belowTarget: z.boolean(),
  }),
  /** Cases flagged typical (典型案例) and closed in the period. */
  typicalCases: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      title: z.string(),
      category: z.string().nullable(),
      outcome: OutcomeSchema,
      receivedOn: DateSchema,
      closedOn: DateSchema,
    }),
  ),
});
export type PeriodFigures = z.infer<typeof PeriodFiguresSchema>;
