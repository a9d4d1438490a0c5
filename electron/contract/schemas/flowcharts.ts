import { z } from 'zod';
import { MIME } from './files';

/** A flowchart as a picture to look at or drop into a document (SVG, PNG at 2×), or a page to print (PDF). */
export const FLOWCHART_FORMATS = ['svg', 'png', 'pdf'] as const;
export const FlowchartFormatSchema = z.enum(FLOWCHART_FORMATS);
export type FlowchartFormat = z.infer<typeof FlowchartFormatSchema>;

export const FLOWCHART_MIME: Record<FlowchartFormat, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: MIME.pdf,
};

/**
 * `preview`: the page shows the chart on screen (SVG only). Nothing leaves the app, so nothing is
 * written to the audit log; a saved file (preview false) is an export and is logged.
 */
const preview = z.boolean().default(false);
const previewIsSvg = (v: { format: FlowchartFormat; preview: boolean }) => !v.preview || v.format === 'svg';
const previewIssue = { message: 'preview is SVG only', path: ['format'] };

/** The published workflow (工作流程图), drawn from the current template. */
export const FlowchartTemplateInputSchema = z
  .object({ format: FlowchartFormatSchema, preview })
  .strict()
  .refine(previewIsSvg, previewIssue);

/** The path one case took. */
export const FlowchartCaseInputSchema = z
  .object({ caseId: z.string().min(1), format: FlowchartFormatSchema, preview })
  .strict()
  .refine(previewIsSvg, previewIssue);
