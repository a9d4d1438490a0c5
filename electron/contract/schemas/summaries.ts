import { z } from 'zod';

/** Per-case outcome summaries (化解结果摘要 / 结案报告) and typical cases (典型案例). */

export const SUMMARY_FORMATS = ['docx', 'pdf'] as const;
export const SummaryFormatSchema = z.enum(SUMMARY_FORMATS);
export type SummaryFormat = z.infer<typeof SummaryFormatSchema>;

/** summary.case and summary.typical: one case, DOCX (to edit) or PDF (to print). */
export const CaseDocumentInputSchema = z.object({ caseId: z.string().min(1), format: SummaryFormatSchema }).strict();

/** cases.setTypical: flag (or unflag) a closed case as a typical case for publicity. */
export const SetTypicalInputSchema = z.object({ caseId: z.string().min(1), typical: z.boolean() }).strict();
export const SetTypicalResultSchema = z.object({ caseId: z.string(), typical: z.boolean() });
export type SetTypicalResult = z.infer<typeof SetTypicalResultSchema>;
