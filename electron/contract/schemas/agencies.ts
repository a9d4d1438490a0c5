import { z } from 'zod';
import { text } from './common';
import { DateSchema } from './cases';
import { ExportFileSchema, UploadedFileSchema } from './files';

export const AGENCY_KINDS = ['member_unit', 'district_government', 'department', 'court', 'mediation_org', 'other'] as const;
export const AgencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

export const AGENCY_ROLES = ['respondent', 'lead', 'supporting', 'related'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const ContactSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  isHead: z.boolean(),
  notes: z.string().nullable(),
  active: z.boolean(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const AgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: AgencyKindSchema,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  active: z.boolean(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListInputSchema = z
  .object({
    query: z.string().trim().max(100).optional(),
    kind: AgencyKindSchema.optional(),
    includeInactive: z.boolean().optional(),
  })
  .strict()
  .optional();

export const AgencyListItemSchema = AgencySchema.extend({
  contacts: z.number().int(),
  cases: z.number().int(),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
});
export type AgencyListItem = z.infer<typeof AgencyListItemSchema>;

export const AgencySaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: text(100),
    shortName: optionalText(40),
    kind: AgencyKindSchema,
    parentId: z.string().min(1).nullable().optional(),
    active: z.boolean().default(true),
  })
  .strict();

export const ContactSaveSchema = z
  .object({
    id: z.string().min(1).optional(),
    agencyId: z.string().min(1),
    name: text(60),
    title: optionalText(60),
    phones: z.array(z.string().trim().min(1).max(40)).max(5).default([]),
    email: z.email().max(120).nullable().optional().transform((v) => v ?? null),
    isHead: z.boolean().default(false),
    notes: optionalText(500),
    active: z.boolean().default(true),
  })
  .strict();

export const IdInputSchema = z.object({ id: z.string().min(1) }).strict();

/** What the agency view shows (issue 4, item 3): its figures over all time and this year. */
export const AgencyFiguresSchema = z.object({
  casesByRole: z.array(z.object({ role: z.enum(AGENCY_ROLES), count: z.number().int() })),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
  answeredTasks: z.number().int(),
  /** Median calendar days from sent to reply over answered tasks; null with no replies. */
  medianReplyDays: z.number().nullable(),
  /** Cases where the agency is respondent: closed resolved / closed (null when none closed). */
  respondentClosed: z.number().int(),
  respondentResolved: z.number().int(),
  resolutionRate: z.number().nullable(),
  /** This calendar year's head appearances (负责人出庭应诉) and hearing attendance (旁听庭审). */
  year: z.number().int(),
  hearings: z.number().int(),
  headAppearances: z.number().int(),
  appearanceRate: z.number().nullable(),
  attendances: z.number().int(),
  openSuggestions: z.number().int(),
});
export type AgencyFigures = z.infer<typeof AgencyFiguresSchema>;

export const AgencyCaseSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  role: z.enum(AGENCY_ROLES),
  stage: z.string(),
  status: z.string(),
  receivedOn: DateSchema,
});

export const AgencyDetailSchema = z.object({
  agency: AgencySchema,
  contacts: z.array(ContactSchema),
  children: z.array(z.object({ id: z.string(), name: z.string() })),
  figures: AgencyFiguresSchema,
  /** The latest 50 cases it is tied to. */
  cases: z.array(AgencyCaseSchema),
});
export type AgencyDetail = z.infer<typeof AgencyDetailSchema>;

// ---- Import ----------------------------------------------------------------

export const LocalizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

export const ImportRowSchema = z.object({
  /** The row number as the user sees it in Excel (header = 1). */
  row: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: AgencyKindSchema,
  parentName: z.string().nullable(),
  active: z.boolean(),
  contact: z
    .object({
      name: z.string(),
      title: z.string().nullable(),
      phones: z.array(z.string()),
      email: z.string().nullable(),
      isHead: z.boolean(),
      notes: z.string().nullable(),
    })
    .nullable(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportRejectionSchema = z.object({ row: z.number().int(), reasons: z.array(LocalizedTextSchema) });

export const AgencyImportPreviewSchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  /** How the file was read (CSV only): utf-8 or gb18030 (Excel's "CSV" on Chinese Windows). */
  encoding: z.string().nullable(),
  rows: z.array(ImportRowSchema),
  rejected: z.array(ImportRejectionSchema),
  /** Problems with the file as a whole (missing columns, unreadable encoding, no rows). */
  fileErrors: z.array(LocalizedTextSchema),
  /** True when nothing is rejected and there is at least one row: the import may run. */
  importable: z.boolean(),
});
export type AgencyImportPreview = z.infer<typeof AgencyImportPreviewSchema>;

export const AgencyImportResultSchema = z.object({ agencies: z.number().int(), contacts: z.number().int() });

export const AgencyTemplateInputSchema = z.object({ format: z.enum(['xlsx', 'csv']) }).strict();

export { ExportFileSchema, UploadedFileSchema };
