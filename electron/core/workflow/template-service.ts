import type { z } from 'zod';
import type { WorkflowSaveSchema, WorkflowTemplate } from '../../contract/schemas/cases';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { Stage } from '../db/schema';
import { fieldErrors } from '../errors';
import { STAGE_LABEL, field, notFound } from '../cases/messages';
import { defaultWorkflowTemplate } from './default-template';
import { writeTx } from '../cases/case-rows';

export { defaultWorkflowTemplate, WorkflowTemplateFileSchema, type WorkflowTemplateFile } from './default-template';

export type WorkflowSaveInput = z.output<typeof WorkflowSaveSchema>;

/** The stages a template must give at least one step; 'closed' holds only the closing step. */
const WORKING_STAGES: readonly Stage[] = ['intake', 'pre', 'during', 'post'];
/** The step closing logs (stage machine); it cannot be retired. */
export const CLOSE_STEP_CODE = 'close';
/** The step whose activity completes a follow-up visit clock. */
export const FOLLOW_UP_STEP_CODE = 'follow_up_visit';
/** Logged automatically when a case is registered. */
export const REGISTER_STEP_CODE = 'register';

export interface StepRow {
  id: string;
  template_id: string;
  code: string;
  stage: Stage;
  name: string;
  kind: string;
  required: 0 | 1;
  time_limit_days: number | null;
  sort: number;
  retired: 0 | 1;
}

export interface TemplateSteps {
  templateId: string;
  /** Step id and stage by code (retired steps left out). */
  steps: Map<string, { id: string; stage: Stage }>;
  created: boolean;
}

function currentTemplateRow(core: Core) {
  return core.q.first(
    qb.selectFrom('workflow_templates').select(['id', 'name', 'version']).where('is_current', '=', 1),
  );
}

/** Every step of one template version, retired ones included, in display order. */
export function templateStepRows(core: Core, templateId: string): StepRow[] {
  return core.q.all(
    qb
      .selectFrom('workflow_steps')
      .select(['id', 'template_id', 'code', 'stage', 'name', 'kind', 'required', 'time_limit_days', 'sort', 'retired'])
      .where('template_id', '=', templateId)
      .orderBy('sort')
      .orderBy('code'),
  ) as StepRow[];
}

function toView(template: { id: string; name: string; version: number }, rows: readonly StepRow[]): WorkflowTemplate {
  return {
    id: template.id,
    name: template.name,
    version: template.version,
    steps: rows.map((r) => ({
      id: r.id,
      code: r.code,
      stage: r.stage,
      name: r.name,
      kind: r.kind,
      required: r.required === 1,
      timeLimitDays: r.time_limit_days,
      sort: r.sort,
      retired: r.retired === 1,
    })),
  };
}

/** One stored template version with its steps. */
export function templateById(core: Core, templateId: string): WorkflowTemplate {
  const row = core.q.first(
    qb.selectFrom('workflow_templates').select(['id', 'name', 'version']).where('id', '=', templateId),
  );
  if (!row) throw notFound('流程模板', 'workflow template', { id: templateId });
  return toView(row, templateStepRows(core, templateId));
}

/**
 * The current template. Before any is stored (a fresh database without cases), the default file
 * is shown as "version 0" with its codes as ids: reading must not write, and the first case or
 * the first save stores it.
 */
export function currentTemplate(core: Core): WorkflowTemplate {
  const row = currentTemplateRow(core);
  if (row) return toView(row, templateStepRows(core, row.id));
  const file = defaultWorkflowTemplate();
  return {
    id: 'default',
    name: file.name,
    version: 0,
    steps: file.steps.map((s, i) => ({
      id: `default:${s.code}`,
      code: s.code,
      stage: s.stage,
      name: s.name,
      kind: s.kind,
      required: s.required,
      timeLimitDays: s.timeLimitDays,
      sort: (i + 1) * 10,
      retired: false,
    })),
  };
}

interface NewStep {
  code: string;
  stage: Stage;
  name: string;
  kind: string;
  required: boolean;
  timeLimitDays: number | null;
  retired: boolean;
}

function insertTemplate(core: Core, name: string, steps: readonly NewStep[], now: string): TemplateSteps {
  const last = core.q.first(qb.selectFrom('workflow_templates').select((eb) => eb.fn.max('version').as('v')));
  const templateId = core.newId();
  const stamps = { created_at: now, updated_at: now };
  // The partial unique index allows one current row: clear the flag before setting the new one.
  core.q.run(qb.updateTable('workflow_templates').set({ is_current: 0, updated_at: now }).where('is_current', '=', 1));
  core.q.run(
    qb.insertInto('workflow_templates').values({
      id: templateId,
      name,
      version: (last?.v ?? 0) + 1,
      is_current: 1,
      ...stamps,
    }),
  );
  const map = new Map<string, { id: string; stage: Stage }>();
  steps.forEach((step, i) => {
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
        retired: step.retired ? 1 : 0,
        ...stamps,
      }),
    );
    if (!step.retired) map.set(step.code, { id, stage: step.stage });
  });
  return { templateId, steps: map, created: true };
}

/**
 * The current template, or version max+1 of the default one when none is current. Call inside
 * the caller's transaction; the caller's audit entry records `created`.
 */
export function ensureCurrentTemplate(core: Core, now: string): TemplateSteps {
  const current = currentTemplateRow(core);
  if (current) {
    const rows = templateStepRows(core, current.id).filter((r) => r.retired === 0);
    return { templateId: current.id, steps: new Map(rows.map((r) => [r.code, { id: r.id, stage: r.stage }])), created: false };
  }
  const file = defaultWorkflowTemplate();
  return insertTemplate(core, file.name, file.steps.map((s) => ({ ...s, retired: false })), now);
}

function nextGeneratedCode(core: Core, taken: ReadonlySet<string>): () => string {
  let n = 0;
  const all = core.q.all(qb.selectFrom('workflow_steps').select('code').distinct());
  for (const code of [...all.map((r) => r.code), ...taken]) {
    const m = /^step_(\d+)$/.exec(code);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => {
    n += 1;
    return `step_${n}`;
  };
}

function validateSteps(steps: readonly NewStep[], inputCount: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (i: number, key: string) => (i < inputCount ? `steps.${i}.${key}` : 'steps');
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  steps.forEach((s, i) => {
    if (seenCodes.has(s.code)) {
      issues.push(field(at(i, 'code'), `步骤代码「${s.code}」重复`, `Step code "${s.code}" is used twice`));
    }
    seenCodes.set(s.code, i);
    if (s.retired) return;
    const key = `${s.stage}\u0000${s.name}`;
    if (seenNames.has(key)) {
      issues.push(
        field(
          at(i, 'name'),
          `「${STAGE_LABEL[s.stage]['zh-CN']}」阶段已有名为「${s.name}」的步骤`,
          `The ${STAGE_LABEL[s.stage].en} stage already has a step named "${s.name}"`,
        ),
      );
    }
    seenNames.set(key, i);
  });
  for (const stage of WORKING_STAGES) {
    if (!steps.some((s) => s.stage === stage && !s.retired)) {
      issues.push(
        field(
          'steps',
          `「${STAGE_LABEL[stage]['zh-CN']}」阶段至少需要一个未停用的步骤`,
          `The ${STAGE_LABEL[stage].en} stage needs at least one active step`,
        ),
      );
    }
  }
  const closeIndex = steps.findIndex((s) => s.code === CLOSE_STEP_CODE);
  const close = steps[closeIndex];
  if (!close) {
    issues.push(field('steps', '流程必须包含「结案」步骤', 'The template must keep the closing step'));
  } else if (close.retired) {
    issues.push(field(at(closeIndex, 'retired'), '「结案」步骤不能停用', 'The closing step cannot be retired'));
  } else if (close.stage !== 'closed') {
    issues.push(field(at(closeIndex, 'stage'), '「结案」步骤必须属于结案阶段', 'The closing step belongs to the closed stage'));
  }
  return issues;
}

/**
 * Saves the template as a new version (max+1) and makes it current. Cases keep the version they
 * started with (cases.template_id), so nothing here touches a case. Steps keep their `code`
 * across versions; steps without one get `step_<n>`; steps of the current version missing from
 * the input are kept, retired, at the end, so a code never silently disappears.
 */
export function saveTemplate(core: Core, actor: Actor, input: WorkflowSaveInput): WorkflowTemplate {
  return writeTx(core, () => {
    const now = core.now();
    const current = currentTemplate(core);
    const given = new Set(input.steps.flatMap((s) => (s.code ? [s.code] : [])));
    const generate = nextGeneratedCode(core, given);
    const steps: NewStep[] = input.steps.map((s) => ({
      code: s.code ?? generate(),
      stage: s.stage,
      name: s.name,
      kind: s.kind,
      required: s.required,
      timeLimitDays: s.timeLimitDays,
      retired: s.retired,
    }));
    const carried = current.steps
      .filter((s) => !given.has(s.code))
      .map((s): NewStep => ({ code: s.code, stage: s.stage, name: s.name, kind: s.kind, required: s.required, timeLimitDays: s.timeLimitDays, retired: true }));
    const all = [...steps, ...carried];
    const issues = validateSteps(all, input.steps.length);
    if (issues.length > 0) throw fieldErrors(issues);

    const created = insertTemplate(core, input.name, all, now);
    const saved = templateById(core, created.templateId);
    const before = new Map(current.steps.map((s) => [s.code, s]));
    appendAudit(core.q, actor, now, {
      action: 'workflow.save',
      entity: 'workflow_templates',
      entityId: saved.id,
      detail: {
        version: saved.version,
        previousVersion: current.version,
        name: saved.name,
        added: all.filter((s) => !before.has(s.code)).map((s) => s.code),
        retired: all.filter((s) => s.retired && before.get(s.code)?.retired === false).map((s) => s.code),
        changed: all
          .filter((s) => {
            const b = before.get(s.code);
            return b && (b.name !== s.name || b.stage !== s.stage || b.kind !== s.kind || b.required !== s.required || b.timeLimitDays !== s.timeLimitDays || b.retired !== s.retired);
          })
          .map((s) => s.code),
      },
    });
    return saved;
  });
}
