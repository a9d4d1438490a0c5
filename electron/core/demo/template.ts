import { z } from 'zod';
import defaultTemplateJson from '../../../resources/workflow/default-template.json';
import { STAGES } from '../../contract/schemas/common';
import type { Core } from '../core';
import type { Stage } from '../db/schema';
import { qb } from '../db/query';

/**
 * The center's published workflow (工作流程) as data: resources/workflow/default-template.json.
 * Parsed, not cast, so a hand edit of the file that breaks a stage name fails loudly at load.
 * Lives here until the workflow service exists; that service should import it from here or move it.
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

export interface TemplateSteps {
  templateId: string;
  /** Step id and stage by code; a reused (edited) template may lack some of the default codes. */
  steps: Map<string, { id: string; stage: Stage }>;
  created: boolean;
}

/** The current template, or version max+1 of the default one when none is current. */
export function ensureCurrentTemplate(core: Core, now: string): TemplateSteps {
  const current = core.q.first(qb.selectFrom('workflow_templates').select('id').where('is_current', '=', 1));
  if (current) {
    const rows = core.q.all(
      qb
        .selectFrom('workflow_steps')
        .select(['id', 'code', 'stage'])
        .where('template_id', '=', current.id)
        .where('retired', '=', 0),
    );
    return { templateId: current.id, steps: new Map(rows.map((r) => [r.code, { id: r.id, stage: r.stage }])), created: false };
  }
  const template = defaultWorkflowTemplate();
  const last = core.q.first(qb.selectFrom('workflow_templates').select((eb) => eb.fn.max('version').as('v')));
  const templateId = core.newId();
  const stamps = { created_at: now, updated_at: now };
  core.q.run(
    qb.insertInto('workflow_templates').values({
      id: templateId,
      name: template.name,
      version: (last?.v ?? 0) + 1,
      is_current: 1,
      ...stamps,
    }),
  );
  const steps = new Map<string, { id: string; stage: Stage }>();
  template.steps.forEach((step, i) => {
    const id = core.newId();
    core.q.run(
      qb.insertInto('workflow_steps').values({
        id,
        template_id: templateId,
        code: step.code,
        stage: step.stage,
        name: step.name,
        kind: step.kind,
        required: step.required ? 1 : 0,
        time_limit_days: step.timeLimitDays,
        sort: (i + 1) * 10,
        retired: 0,
        ...stamps,
      }),
    );
    steps.set(step.code, { id, stage: step.stage });
  });
  return { templateId, steps, created: true };
}
