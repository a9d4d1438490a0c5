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

/** The published workflow (工作流程图), drawn from the current template. */
export const FlowchartTemplateInputSchema = z.object({ format: FlowchartFormatSchema }).strict();

/** The path one case took. */
export const FlowchartCaseInputSchema = z.object({ caseId: z.string().min(1), format: FlowchartFormatSchema }).strict();
