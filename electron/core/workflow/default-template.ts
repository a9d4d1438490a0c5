import { z } from 'zod';
import defaultTemplateJson from '../../../resources/workflow/default-template.json';
import { STAGES } from '../../contract/schemas/common';

/**
 * The center's published workflow (工作流程) as data: resources/workflow/default-template.json.
 * Parsed, not cast, so a hand edit of the file that breaks a stage name fails loudly at load.
 */
export const WorkflowTemplateFileSchema = z.object({
  name: z.string().min(1),
  steps: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z_]+$/),
        stage: z.enum(STAGES),
        name: z.string().min(1),
        kind: z.string().min(1),
        required: z.boolean(),
        timeLimitDays: z.number().int().positive().nullable(),
      }),
    )
    .min(1)
    .refine((steps) => new Set(steps.map((s) => s.code)).size === steps.length, 'step codes must be unique'),
});
export type WorkflowTemplateFile = z.infer<typeof WorkflowTemplateFileSchema>;

export function defaultWorkflowTemplate(): WorkflowTemplateFile {
  return WorkflowTemplateFileSchema.parse(defaultTemplateJson);
}
