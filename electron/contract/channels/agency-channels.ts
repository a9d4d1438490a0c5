import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import {
  AgencyDetailSchema,
  AgencyImportPreviewSchema,
  AgencyImportResultSchema,
  AgencyListInputSchema,
  AgencyListItemSchema,
  AgencySaveSchema,
  AgencySchema,
  AgencyTemplateInputSchema,
  ContactSaveSchema,
  ContactSchema,
  ExportFileSchema,
  IdInputSchema,
  UploadedFileSchema,
} from '../schemas/agencies';

export const AGENCY_CHANNELS = {
  'agencies.list': { input: AgencyListInputSchema, output: z.array(AgencyListItemSchema), permission: 'agencies.read', writes: false },
  'agencies.get': { input: IdInputSchema, output: AgencyDetailSchema, permission: 'agencies.read', writes: false },
  'agencies.save': { input: AgencySaveSchema, output: AgencySchema, permission: 'agencies.write', writes: true },
  'contacts.save': { input: ContactSaveSchema, output: ContactSchema, permission: 'agencies.write', writes: true },
  'agencies.importPreview': { input: UploadedFileSchema, output: AgencyImportPreviewSchema, permission: 'agencies.write', writes: false },
  'agencies.import': { input: UploadedFileSchema, output: AgencyImportResultSchema, permission: 'agencies.write', writes: true },
  'agencies.template': { input: AgencyTemplateInputSchema, output: ExportFileSchema, permission: 'agencies.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
