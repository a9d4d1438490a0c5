import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import { NoInput } from '../schemas/common';
import {
  ActivityDeleteSchema,
  ActivityInputSchema,
  ActivityUpdateSchema,
  AdvanceSchema,
  AgencyOptionSchema,
  AttachmentAddSchema,
  AttachmentIdSchema,
  AttachmentViewSchema,
  CaseCreateResultSchema,
  CaseDetailSchema,
  CaseIdSchema,
  CaseIntakeSchema,
  CaseUpdateSchema,
  CategoriesSaveSchema,
  CategorySchema,
  CloseSchema,
  OperatorOptionSchema,
  ReopenSchema,
  WorkflowSaveSchema,
  WorkflowTemplateSchema,
} from '../schemas/cases';

const Ok = z.object({ ok: z.literal(true) });

export const CASE_CHANNELS = {
  'cases.create': { input: CaseIntakeSchema, output: CaseCreateResultSchema, permission: 'cases.write', writes: true },
  'cases.update': { input: CaseUpdateSchema, output: CaseCreateResultSchema, permission: 'cases.write', writes: true },
  'cases.get': { input: CaseIdSchema, output: CaseDetailSchema, permission: 'cases.read', writes: false },
  'cases.advance': { input: AdvanceSchema, output: CaseDetailSchema, permission: 'cases.write', writes: true },
  'cases.close': { input: CloseSchema, output: CaseDetailSchema, permission: 'cases.write', writes: true },
  'cases.reopen': { input: ReopenSchema, output: CaseDetailSchema, permission: 'cases.write', writes: true },
  'activities.create': { input: ActivityInputSchema, output: z.object({ id: z.string() }), permission: 'cases.write', writes: true },
  'activities.update': { input: ActivityUpdateSchema, output: Ok, permission: 'cases.write', writes: true },
  'activities.delete': { input: ActivityDeleteSchema, output: Ok, permission: 'cases.write', writes: true },
  'attachments.add': { input: AttachmentAddSchema, output: AttachmentViewSchema, permission: 'cases.write', writes: true },
  'attachments.open': {
    input: AttachmentIdSchema,
    // Electron opens the file with the system viewer; browser mode gets a data URL to download.
    output: z.object({ opened: z.boolean(), fileName: z.string(), dataUrl: z.string().nullable() }),
    permission: 'cases.read',
    writes: false,
  },
  'workflow.current': { input: NoInput, output: WorkflowTemplateSchema, permission: 'cases.read', writes: false },
  'workflow.save': { input: WorkflowSaveSchema, output: WorkflowTemplateSchema, permission: 'workflow.admin', writes: true },
  'categories.list': { input: NoInput, output: z.array(CategorySchema), permission: 'cases.read', writes: false },
  'categories.save': { input: CategoriesSaveSchema, output: z.array(CategorySchema), permission: 'categories.admin', writes: true },
  'operators.list': { input: NoInput, output: z.array(OperatorOptionSchema), permission: 'cases.read', writes: false },
  'agencies.options': { input: NoInput, output: z.array(AgencyOptionSchema), permission: 'cases.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
