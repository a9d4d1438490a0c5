import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import { PeriodFiguresInputSchema, PeriodFiguresSchema, PeriodSummaryInputSchema } from '../schemas/period-summary';

/**
 * The period summary (issue 6, item 4): its figures for the page, and the report as DOCX, PDF
 * (with charts) or XLSX (one sheet per table). The export reports progress and can be cancelled.
 */
export const PERIOD_CHANNELS = {
  'summary.periodFigures': { input: PeriodFiguresInputSchema, output: PeriodFiguresSchema, permission: 'reports.read', writes: false },
  'summary.period': { input: PeriodSummaryInputSchema, output: ExportFileSchema, permission: 'reports.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
