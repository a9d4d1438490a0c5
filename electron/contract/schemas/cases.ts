import { z } from 'zod';
import { StageSchema, text } from './common';

/**
 * Plain calendar date in the center's time zone (Asia/Shanghai). A real date, not just the shape:
 * 2026-02-30 or 2026-49-15 would otherwise reach date arithmetic and fail there.
 */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((v) => {
    const [y, m, d] = v.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, '日期不存在 / no such date (YYYY-MM-DD)');
/** An instant, UTC ISO-8601. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const CASE_SOURCES = [
  'court_delegated', // 诉前委派
  'court_entrusted', // 诉中委托
  'invited', // 邀请
  'admin_review', // 行政复议
  'petition', // 信访
  'party_application', // 当事人申请
  'agency_referral', // 部门移送
] as const;
export const CaseSourceSchema = z.enum(CASE_SOURCES);

export const AGENCY_ROLES = ['respondent', 'lead', 'supporting', 'related'] as const;
export const AgencyRoleSchema = z.enum(AGENCY_ROLES);

/** Administrative Litigation Law art. 60: the grounds on which an administrative case may be mediated. */
export const MEDIABILITY_FLAGS = ['compensation', 'indemnity', 'discretion'] as const; // 赔偿, 补偿, 自由裁量权
export const MediabilityFlagSchema = z.enum(MEDIABILITY_FLAGS);

export const OUTCOMES = [
  'withdrawn', // 撤诉/撤回申请 (resolved)
  'settlement', // 和解/调解协议 (resolved)
  'agency_corrected', // 行政机关自行纠正 (resolved)
  'judicial_confirmation', // 司法确认 (resolved)
  'transferred_to_filing', // 转立案 (not resolved)
  'terminated', // 终止
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export const RESOLVED_OUTCOMES: readonly z.infer<typeof OutcomeSchema>[] = [
  'withdrawn',
  'settlement',
  'agency_corrected',
  'judicial_confirmation',
];

export const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'uscc', 'other'] as const;

export const PartyInputSchema = z
  .object({
    id: z.string().optional(), // present when editing an existing party
    role: z.enum(['applicant', 'third_party', 'representative']).default('applicant'),
    kind: z.enum(['person', 'organisation']),
    name: text(100),
    idType: z.enum(ID_TYPES).nullable().optional(),
    idNumber: z.string().trim().max(40).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
  })
  .strict();
export type PartyInput = z.infer<typeof PartyInputSchema>;

export const CaseAgencyInputSchema = z.object({ agencyId: z.string().min(1), role: AgencyRoleSchema }).strict();

/** The intake form. The core checks ID checksums, uniqueness and references (field errors). */
export const CaseIntakeSchema = z
  .object({
    title: text(200),
    source: CaseSourceSchema,
    courtNumber: z.string().trim().max(60).nullable().optional(),
    categoryId: z.string().min(1),
    mediabilityFlags: z.array(MediabilityFlagSchema).max(3).default([]),
    complexity: z.enum(['simple', 'complex']),
    coordinatorId: z.string().min(1).nullable().optional(),
    disputeFocus: z.string().trim().max(4000).nullable().optional(),
    claims: z.string().trim().max(4000).nullable().optional(),
    /** Yuan, two decimals at most. */
    amountYuan: z.number().nonnegative().max(1e12).nullable().optional(),
    receivedOn: DateSchema,
    notes: z.string().trim().max(4000).nullable().optional(),
    parties: z.array(PartyInputSchema).min(1).max(50),
    agencies: z.array(CaseAgencyInputSchema).min(1).max(30),
  })
  .strict();
export type CaseIntake = z.infer<typeof CaseIntakeSchema>;

export const CaseCreateResultSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  /** Non-blocking notices, e.g. art. 60: no mediability ground ticked. */
  warnings: z.array(z.object({ code: z.string(), message: z.object({ 'zh-CN': z.string(), en: z.string() }) })),
});

export const CaseUpdateSchema = CaseIntakeSchema.partial().extend({ id: z.string().min(1) }).strict();

export const ClockViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['resolution', 'transfer_to_filing', 'follow_up_visit', 'step']),
  stepName: z.string().nullable(),
  triggerOn: DateSchema,
  limitDays: z.number().int(),
  dueOn: DateSchema,
  daysLeft: z.number().int(),
  state: z.enum(['open', 'due_soon', 'overdue', 'suspended', 'met', 'missed', 'cancelled']),
  completedOn: DateSchema.nullable(),
  adjustments: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['suspension', 'extension']),
      fromOn: DateSchema,
      toOn: DateSchema.nullable(),
      extraDays: z.number().int().nullable(),
      reason: z.string(),
    }),
  ),
});
export type ClockView = z.infer<typeof ClockViewSchema>;

export const ParticipantSchema = z
  .object({
    kind: z.enum(['staff', 'agency_contact', 'party', 'other']),
    refId: z.string().nullable().optional(),
    name: text(100),
  })
  .strict();

export const AttachmentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  mimeType: z.string().nullable(),
});

export const ActivityViewSchema = z.object({
  id: z.string(),
  stepId: z.string().nullable(),
  stepName: z.string().nullable(),
  stage: StageSchema,
  occurredAt: z.string(),
  place: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  description: z.string(),
  result: z.string().nullable(),
  operatorName: z.string().nullable(),
  attachments: z.array(AttachmentViewSchema),
  updatedAt: z.string(),
});

export const StepStatusSchema = z.object({
  stepId: z.string(),
  code: z.string(),
  name: z.string(),
  stage: StageSchema,
  required: z.boolean(),
  timeLimitDays: z.number().int().nullable(),
  /** done: an activity is logged against it; overdue: its time limit ran out with nothing logged. */
  status: z.enum(['done', 'pending', 'overdue']),
  dueOn: DateSchema.nullable(),
  activityCount: z.number().int(),
});

export const TransitionViewSchema = z.object({
  id: z.string(),
  fromStage: StageSchema.nullable(),
  toStage: StageSchema,
  kind: z.enum(['advance', 'close', 'reopen', 'create']),
  reason: z.string().nullable(),
  operatorName: z.string().nullable(),
  at: z.string(),
});

export const CaseDetailSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  courtNumber: z.string().nullable(),
  title: z.string(),
  source: CaseSourceSchema,
  category: z.object({ id: z.string(), name: z.string() }).nullable(),
  mediabilityFlags: z.array(MediabilityFlagSchema),
  complexity: z.enum(['simple', 'complex']),
  stage: StageSchema,
  status: z.enum(['open', 'closed']),
  coordinator: z.object({ id: z.string(), name: z.string() }).nullable(),
  disputeFocus: z.string().nullable(),
  claims: z.string().nullable(),
  amountYuan: z.number().nullable(),
  receivedOn: DateSchema,
  acceptedOn: DateSchema.nullable(),
  closedOn: DateSchema.nullable(),
  outcome: OutcomeSchema.nullable(),
  outcomeSummary: z.string().nullable(),
  outcomeBasis: z.string().nullable(),
  /** Flagged as a typical case (典型案例) for publicity; only closed cases can be. */
  isTypical: z.boolean(),
  /** The court's 立案 number after a transfer to filing, from the court's receipt. */
  courtFilingNumber: z.string().nullable(),
  courtFiledOn: DateSchema.nullable(),
  /** Changes the court has not acknowledged yet (no acknowledged batch carries them). */
  unsynced: z.boolean(),
  notes: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
  parties: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['applicant', 'third_party', 'representative']),
      kind: z.enum(['person', 'organisation']),
      name: z.string(),
      idType: z.string().nullable(),
      /** Masked (1303**********1234) unless the caller asked for full numbers and may see them. */
      idNumber: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    }),
  ),
  agencies: z.array(z.object({ id: z.string(), agencyId: z.string(), name: z.string(), role: AgencyRoleSchema })),
  steps: z.array(StepStatusSchema),
  activities: z.array(ActivityViewSchema),
  clocks: z.array(ClockViewSchema),
  history: z.array(TransitionViewSchema),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const CaseIdSchema = z.object({ id: z.string().min(1), revealIds: z.boolean().optional() }).strict();

export const AdvanceSchema = z.object({ id: z.string().min(1), toStage: StageSchema.exclude(['closed']) }).strict();
export const CloseSchema = z
  .object({ id: z.string().min(1), outcome: OutcomeSchema, summary: text(4000), basis: z.string().trim().max(4000).nullable().optional(), closedOn: DateSchema.optional() })
  .strict();
export const ReopenSchema = z.object({ id: z.string().min(1), reason: text(1000) }).strict();

export const ActivityInputSchema = z
  .object({
    caseId: z.string().min(1),
    stepId: z.string().min(1).nullable(),
    stage: StageSchema,
    occurredAt: InstantSchema,
    place: z.string().trim().max(200).nullable().optional(),
    participants: z.array(ParticipantSchema).max(100).default([]),
    description: text(8000),
    result: z.string().trim().max(4000).nullable().optional(),
  })
  .strict();
export const ActivityUpdateSchema = ActivityInputSchema.omit({ caseId: true }).partial().extend({ id: z.string().min(1) }).strict();
export const ActivityDeleteSchema = z.object({ id: z.string().min(1), reason: text(500) }).strict();

/** 25 MB per file; base64 keeps the one payload format for IPC and browser mode. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const AttachmentAddSchema = z
  .object({
    caseId: z.string().min(1),
    activityId: z.string().min(1).nullable(),
    // Separators, Windows-reserved characters and NUL would let a name escape or break the store.
    fileName: text(255).refine((n) => !/[\\/:*?"<>|]/.test(n) && !n.includes('\0'), 'invalid file name'),
    mimeType: z.string().max(100).nullable().optional(),
    contentBase64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4),
  })
  .strict();
export const AttachmentIdSchema = z.object({ id: z.string().min(1) }).strict();

export const WorkflowStepSchema = z.object({
  id: z.string(),
  code: z.string(),
  stage: StageSchema,
  name: z.string(),
  kind: z.string(),
  required: z.boolean(),
  timeLimitDays: z.number().int().nullable(),
  sort: z.number().int(),
  retired: z.boolean(),
});
export const WorkflowTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  steps: z.array(WorkflowStepSchema),
});
export type WorkflowTemplate = z.infer<typeof WorkflowTemplateSchema>;

export const WorkflowSaveSchema = z
  .object({
    name: text(100),
    /** In display order. `code` identifies a step across versions; new steps get a new code. */
    steps: z
      .array(
        z
          .object({
            code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/).optional(),
            stage: StageSchema,
            name: text(60),
            kind: text(30),
            required: z.boolean(),
            timeLimitDays: z.number().int().positive().max(3650).nullable(),
            retired: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

export const CategorySchema = z.object({ id: z.string(), name: z.string(), sort: z.number().int(), active: z.boolean() });
export const CategoriesSaveSchema = z
  .object({
    items: z
      .array(z.object({ id: z.string().optional(), name: text(60), active: z.boolean() }).strict())
      .min(1)
      .max(200),
  })
  .strict();

export const OperatorOptionSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });
export const AgencyOptionSchema = z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable(), kind: z.string() });
