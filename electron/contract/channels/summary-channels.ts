import type { ChannelSpec } from '../channel-spec';
import { ExportFileSchema } from '../schemas/files';
import { CaseDocumentInputSchema, SetTypicalInputSchema, SetTypicalResultSchema } from '../schemas/summaries';

export const SUMMARY_CHANNELS = {
  /** The case's outcome summary (化解结果摘要), official-document layout, with its flowchart. */
  'summary.case': { input: CaseDocumentInputSchema, output: ExportFileSchema, permission: 'reports.read', writes: false },
  /** Flags a closed case as typical (典型案例), or clears the flag; audited. */
  'cases.setTypical': { input: SetTypicalInputSchema, output: SetTypicalResultSchema, permission: 'cases.write', writes: true },
  /** The anonymised publicity version of a typical case. */
  'summary.typical': { input: CaseDocumentInputSchema, output: ExportFileSchema, permission: 'reports.read', writes: false },
} as const satisfies Record<string, ChannelSpec>;
