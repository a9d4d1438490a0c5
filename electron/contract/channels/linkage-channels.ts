import { z } from 'zod';
import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import {
  AttendanceSaveSchema,
  AttendanceSchema,
  HearingSaveSchema,
  HearingSchema,
  LinkageDeleteSchema,
  LinkageListInputSchema,
  LinkagePeriodSchema,
  LinkageStatsSchema,
  QuarterInputSchema,
  QuarterlyExportSchema,
  QuarterlyReportSchema,
  RectificationSaveSchema,
  SuggestionSaveSchema,
  SuggestionSchema,
} from '../schemas/linkage';

const Deleted = z.object({ id: z.string() });

/** Government–court linkage (府院联动): head appearances, judicial suggestions, attendance, the quarterly notice. */
export const LINKAGE_CHANNELS = {
  'hearings.list': { input: LinkageListInputSchema, output: z.array(HearingSchema), permission: 'linkage.read', writes: false },
  'hearings.save': { input: HearingSaveSchema, output: HearingSchema, permission: 'linkage.write', writes: true },
  'hearings.delete': { input: LinkageDeleteSchema, output: Deleted, permission: 'linkage.write', writes: true },
  'suggestions.list': { input: LinkageListInputSchema, output: z.array(SuggestionSchema), permission: 'linkage.read', writes: false },
  'suggestions.save': { input: SuggestionSaveSchema, output: SuggestionSchema, permission: 'linkage.write', writes: true },
  'suggestions.delete': { input: LinkageDeleteSchema, output: Deleted, permission: 'linkage.write', writes: true },
  'attendance.list': { input: LinkageListInputSchema, output: z.array(AttendanceSchema), permission: 'linkage.read', writes: false },
  'attendance.save': { input: AttendanceSaveSchema, output: AttendanceSchema, permission: 'linkage.write', writes: true },
  'attendance.delete': { input: LinkageDeleteSchema, output: Deleted, permission: 'linkage.write', writes: true },
  'linkage.stats': { input: LinkagePeriodSchema, output: LinkageStatsSchema, permission: 'linkage.read', writes: false },
  'quarterly.get': { input: QuarterInputSchema, output: QuarterlyReportSchema, permission: 'linkage.read', writes: false },
  'quarterly.saveRectification': { input: RectificationSaveSchema, output: QuarterlyReportSchema, permission: 'linkage.write', writes: true },
  'quarterly.export': { input: QuarterlyExportSchema, output: ExportFileSchema, permission: 'linkage.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
