import type { z } from 'zod';
import type { ActivityDeleteSchema, ActivityInputSchema, ActivityUpdateSchema } from '../../contract/schemas/cases';
import type { FieldIssue } from '../../contract/result';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { chinaDate } from '../dates';
import { qb } from '../db/query';
import type { Stage } from '../db/schema';
import { fieldErrors } from '../errors';
import { FOLLOW_UP_STEP_CODE } from '../workflow/template-service';
import { completeOpenClocks } from './case-clocks';
import { loadCaseRow, type CaseRow, writeTx } from './case-rows';
import { STAGE_LABEL, field, notFound } from './messages';
import { stageIndex } from './stage-machine';

export type ActivityInput = z.output<typeof ActivityInputSchema>;
export type ActivityUpdateInput = z.output<typeof ActivityUpdateSchema>;
export type ActivityDeleteInput = z.output<typeof ActivityDeleteSchema>;

interface StepInfo {
  id: string;
  code: string;
  name: string;
  stage: Stage;
}

/**
 * An activity belongs to a stage the case has reached, and its step (if any) to the case's own
 * template version, in that same stage.
 */
function activityIssues(core: Core, row: CaseRow, stage: Stage, stepId: string | null): { issues: FieldIssue[]; step: StepInfo | null } {
  const issues: FieldIssue[] = [];
  if (stageIndex(stage) > stageIndex(row.stage)) {
    issues.push(
      field(
        'stage',
        `案件尚在「${STAGE_LABEL[row.stage]['zh-CN']}」阶段，不能记录「${STAGE_LABEL[stage]['zh-CN']}」阶段的活动`,
        `The case is in the ${STAGE_LABEL[row.stage].en} stage; it cannot log ${STAGE_LABEL[stage].en} activities yet`,
      ),
    );
  }
  if (stepId === null) return { issues, step: null };
  const step = core.q.first(
    qb.selectFrom('workflow_steps').select(['id', 'code', 'name', 'stage', 'template_id', 'retired']).where('id', '=', stepId),
  );
  if (!step || step.template_id !== row.template_id) {
    issues.push(field('stepId', '该步骤不属于本案使用的流程模板', "This step is not part of the case's workflow template"));
    return { issues, step: null };
  }
  if (step.retired === 1) {
    issues.push(field('stepId', `步骤「${step.name}」已停用`, `Step "${step.name}" is retired`));
  }
  if (step.stage !== stage) {
    issues.push(
      field(
        'stepId',
        `步骤「${step.name}」属于「${STAGE_LABEL[step.stage]['zh-CN']}」阶段，与所选阶段不符`,
        `Step "${step.name}" belongs to the ${STAGE_LABEL[step.stage].en} stage, not the one chosen`,
      ),
    );
  }
  return { issues, step };
}

/** ISO instants are stored in UTC ('Z'), whatever offset the form sent. */
function utc(instant: string): string {
  return new Date(instant).toISOString();
}

/**
 * What a logged activity completes: the step's own clock, the follow-up visit clock when the
 * visit is logged, and — for a case closed as transferred to court filing — the transfer clock
 * when the transfer is logged in the closed stage. Only work done by today counts.
 */
function completeClocksFor(core: Core, actor: Actor, row: CaseRow, stage: Stage, step: StepInfo | null, occurredAt: string): void {
  const on = chinaDate(new Date(occurredAt));
  if (on > core.today()) return;
  if (step) completeOpenClocks(core, actor, row.id, 'step', on, step.id);
  if (step?.code === FOLLOW_UP_STEP_CODE) completeOpenClocks(core, actor, row.id, 'follow_up_visit', on);
  if (stage === 'closed' && row.status === 'closed' && row.outcome === 'transferred_to_filing' && row.closed_on && on >= row.closed_on) {
    completeOpenClocks(core, actor, row.id, 'transfer_to_filing', on);
  }
}

export function createActivity(core: Core, actor: Actor, input: ActivityInput): { id: string } {
  return writeTx(core, () => {
    const row = loadCaseRow(core, input.caseId);
    const { issues, step } = activityIssues(core, row, input.stage, input.stepId);
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    const id = core.newId();
    const occurredAt = utc(input.occurredAt);
    const values = {
      step_id: input.stepId,
      stage: input.stage,
      occurred_at: occurredAt,
      place: input.place?.trim() || null,
      participants: JSON.stringify(input.participants),
      description: input.description,
      result: input.result?.trim() || null,
    };
    core.q.run(
      qb.insertInto('activities').values({
        id,
        case_id: row.id,
        ...values,
        operator_id: actor.operatorId,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', row.id));
    completeClocksFor(core, actor, row, input.stage, step, occurredAt);
    appendAudit(core.q, actor, now, {
      action: 'activity.create',
      entity: 'activities',
      entityId: id,
      detail: { caseId: row.id, caseNumber: row.case_number, stepCode: step?.code ?? null, ...values, participants: input.participants },
    });
    return { id };
  });
}

function loadActivity(core: Core, id: string) {
  const row = core.q.first(qb.selectFrom('activities').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
  if (!row) throw notFound(`活动 ${id}`, `activity ${id}`);
  return row;
}

const EDITABLE = ['step_id', 'stage', 'occurred_at', 'place', 'participants', 'description', 'result'] as const;

/** Edits an activity; the audit entry keeps the before and after of each changed field. */
export function updateActivity(core: Core, actor: Actor, input: ActivityUpdateInput): { ok: true } {
  return writeTx(core, () => {
    const before = loadActivity(core, input.id);
    const row = loadCaseRow(core, before.case_id);
    const after = {
      step_id: input.stepId !== undefined ? input.stepId : before.step_id,
      stage: input.stage ?? before.stage,
      occurred_at: input.occurredAt !== undefined ? utc(input.occurredAt) : before.occurred_at,
      place: input.place !== undefined ? input.place?.trim() || null : before.place,
      participants: input.participants !== undefined ? JSON.stringify(input.participants) : before.participants,
      description: input.description ?? before.description,
      result: input.result !== undefined ? input.result?.trim() || null : before.result,
    };
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const key of EDITABLE) {
      if (before[key] !== after[key]) changes[key] = { before: before[key], after: after[key] };
    }
    if (Object.keys(changes).length === 0) return { ok: true };
    const { issues, step } = activityIssues(core, row, after.stage, after.step_id);
    if (issues.length > 0) throw fieldErrors(issues);
    const now = core.now();
    core.q.run(qb.updateTable('activities').set({ ...after, updated_at: now }).where('id', '=', before.id));
    core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', row.id));
    if (changes.step_id || changes.occurred_at || changes.stage) completeClocksFor(core, actor, row, after.stage, step, after.occurred_at);
    appendAudit(core.q, actor, now, {
      action: 'activity.update',
      entity: 'activities',
      entityId: before.id,
      detail: { caseId: row.id, caseNumber: row.case_number, changes },
    });
    return { ok: true };
  });
}

/**
 * Soft delete with a reason: the row stays (exports and the audit trail still know it existed),
 * the case page no longer shows it, and its attachments go with it.
 */
export function deleteActivity(core: Core, actor: Actor, input: ActivityDeleteInput): { ok: true } {
  return writeTx(core, () => {
    const before = loadActivity(core, input.id);
    const row = loadCaseRow(core, before.case_id);
    const now = core.now();
    core.q.run(qb.updateTable('activities').set({ deleted_at: now, updated_at: now }).where('id', '=', before.id));
    const attachments = core.q.all(
      qb.selectFrom('attachments').select(['id', 'file_name', 'sha256']).where('activity_id', '=', before.id).where('deleted_at', 'is', null),
    );
    if (attachments.length > 0) {
      core.q.run(
        qb.updateTable('attachments').set({ deleted_at: now, updated_at: now }).where('activity_id', '=', before.id).where('deleted_at', 'is', null),
      );
    }
    core.q.run(qb.updateTable('cases').set({ updated_at: now }).where('id', '=', row.id));
    appendAudit(core.q, actor, now, {
      action: 'activity.delete',
      entity: 'activities',
      entityId: before.id,
      detail: {
        caseId: row.id,
        caseNumber: row.case_number,
        reason: input.reason,
        before: Object.fromEntries(EDITABLE.map((k) => [k, before[k]])),
        attachments,
      },
    });
    return { ok: true };
  });
}
