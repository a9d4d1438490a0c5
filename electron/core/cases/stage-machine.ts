import type { z } from 'zod';
import { RESOLVED_OUTCOMES, type AdvanceSchema, type CloseSchema, type ReopenSchema } from '../../contract/schemas/cases';
import { appendAudit, type Actor } from '../audit/audit-log';
import type { Core } from '../core';
import { qb } from '../db/query';
import type { Outcome, Stage } from '../db/schema';
import { fieldErrors } from '../errors';
import { CLOSE_STEP_CODE, FOLLOW_UP_STEP_CODE } from '../workflow/template-service';
import {
  cancelOpenClocks,
  completeOpenClocks,
  hasClock,
  openLimitClock,
  openResolutionClock,
} from './case-clocks';
import { insertTransition, loadCaseRow, type CaseRow, writeTx } from './case-rows';
import { STAGE_LABEL, conflict, field } from './messages';

/**
 * The stage machine: intake → pre → during → post → closed, one step at a time, guarded by the
 * required steps of the case's own template version. Every move writes a stage_transitions row
 * (the case history) and an audit entry in the same transaction.
 *
 * Clocks follow the stages the way the center works (and as the demo data records them):
 * - acceptance (intake → pre) sets accepted_on and opens the resolution clock (30 days for a
 *   simple case, the configured limit for a complex one);
 * - reaching agreement (during → post) completes the resolution clock and opens the follow-up
 *   visit clock (the 回访 step of the post stage), unless the visit is already logged;
 * - closing completes what is still open: a failed case's resolution clock stops on the closing
 *   day and the 5-day transfer-to-filing clock starts; a terminated case's is cancelled.
 */
export const STAGE_ORDER: readonly Stage[] = ['intake', 'pre', 'during', 'post', 'closed'];

export function nextStage(stage: Stage): Stage | null {
  return STAGE_ORDER[STAGE_ORDER.indexOf(stage) + 1] ?? null;
}

export function stageIndex(stage: Stage): number {
  return STAGE_ORDER.indexOf(stage);
}

export const OUTCOME_LABEL: Record<Outcome, { 'zh-CN': string; en: string }> = {
  withdrawn: { 'zh-CN': '化解成功：申请人撤回申请', en: 'resolved: application withdrawn' },
  settlement: { 'zh-CN': '化解成功：达成和解协议', en: 'resolved: settlement agreement' },
  agency_corrected: { 'zh-CN': '化解成功：行政机关自行纠正', en: 'resolved: the agency corrected its act' },
  judicial_confirmation: { 'zh-CN': '化解成功：调解协议经司法确认', en: 'resolved: judicial confirmation' },
  transferred_to_filing: { 'zh-CN': '化解不成：转立案', en: 'not resolved: transferred to court filing' },
  terminated: { 'zh-CN': '终止化解', en: 'terminated' },
};

export function isResolved(outcome: Outcome): boolean {
  return RESOLVED_OUTCOMES.includes(outcome);
}

/** Required, not retired steps of `stage` in the case's template version with no live activity. */
export function missingRequiredSteps(core: Core, row: Pick<CaseRow, 'id' | 'template_id'>, stage: Stage): { id: string; name: string }[] {
  if (!row.template_id) return [];
  return core.q.all(
    qb
      .selectFrom('workflow_steps as s')
      .select(['s.id', 's.name'])
      .where('s.template_id', '=', row.template_id)
      .where('s.stage', '=', stage)
      .where('s.required', '=', 1)
      .where('s.retired', '=', 0)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('activities as a')
              .select('a.id')
              .whereRef('a.step_id', '=', 's.id')
              .where('a.case_id', '=', row.id)
              .where('a.deleted_at', 'is', null),
          ),
        ),
      )
      .orderBy('s.sort'),
  );
}

function requireStepsDone(core: Core, row: CaseRow, action: { zh: string; en: string }): void {
  const missing = missingRequiredSteps(core, row, row.stage);
  if (missing.length === 0) return;
  const zhNames = missing.map((s) => `「${s.name}」`).join('、');
  const enNames = missing.map((s) => `"${s.name}"`).join(', ');
  throw conflict(
    `${zhNames}为必经步骤，尚未记录，不能${action.zh}`,
    `${missing.length > 1 ? 'Required steps' : 'Required step'} ${enNames} ${missing.length > 1 ? 'have' : 'has'} no activity yet; the case cannot ${action.en}`,
    { steps: missing.map((s) => s.name).join(', ') },
  );
}

function requireOpenCase(row: CaseRow): void {
  if (row.status === 'closed') {
    throw conflict(`案件 ${row.case_number} 已结案；如需继续办理，请先重新启动`, `Case ${row.case_number} is closed; reopen it first`);
  }
}

export type AdvanceInput = z.output<typeof AdvanceSchema>;

export function advanceCase(core: Core, actor: Actor, input: AdvanceInput): void {
  writeTx(core, () => {
    const row = loadCaseRow(core, input.id);
    requireOpenCase(row);
    const next = nextStage(row.stage);
    if (next === 'closed') {
      throw conflict('化解后阶段之后是结案，请使用「结案」并填写化解结果', 'After post-resolution comes closing: close the case with an outcome');
    }
    if (next === null || input.toStage !== next) {
      const allowed = next ? STAGE_LABEL[next] : null;
      throw conflict(
        `不能从「${STAGE_LABEL[row.stage]['zh-CN']}」进入「${STAGE_LABEL[input.toStage]['zh-CN']}」，只能进入下一阶段「${allowed?.['zh-CN'] ?? '-'}」`,
        `The case cannot move from ${STAGE_LABEL[row.stage].en} to ${STAGE_LABEL[input.toStage].en}; the next stage is ${allowed?.en ?? '-'}`,
        { allowed: next ?? '' },
      );
    }
    requireStepsDone(core, row, { zh: '进入下一阶段', en: 'move on to the next stage' });

    const now = core.now();
    const today = core.today();
    const accepting = row.stage === 'intake';
    core.q.run(
      qb
        .updateTable('cases')
        .set({ stage: next, updated_at: now, ...(accepting ? { accepted_on: today } : {}) })
        .where('id', '=', row.id),
    );
    insertTransition(core, { caseId: row.id, from: row.stage, to: next, kind: 'advance', reason: `进入${STAGE_LABEL[next]['zh-CN']}阶段`, operatorId: actor.operatorId, at: now });
    if (accepting) openResolutionClock(core, actor, row.id, row.complexity, today);
    if (next === 'post') {
      completeOpenClocks(core, actor, row.id, 'resolution', today);
      if (!hasClock(core, row.id, 'follow_up_visit', ['open', 'met', 'missed']) && !followUpLogged(core, row)) {
        openLimitClock(core, actor, row.id, 'follow_up_visit', today);
      }
    }
    appendAudit(core.q, actor, now, {
      action: 'case.advance',
      entity: 'cases',
      entityId: row.id,
      detail: { caseNumber: row.case_number, from: row.stage, to: next, ...(accepting ? { acceptedOn: today } : {}) },
    });
  });
}

function followUpLogged(core: Core, row: Pick<CaseRow, 'id' | 'template_id'>): boolean {
  if (!row.template_id) return false;
  return (
    core.q.first(
      qb
        .selectFrom('activities as a')
        .innerJoin('workflow_steps as s', 's.id', 'a.step_id')
        .select('a.id')
        .where('a.case_id', '=', row.id)
        .where('a.deleted_at', 'is', null)
        .where('s.code', '=', FOLLOW_UP_STEP_CODE),
    ) !== undefined
  );
}

/** Which outcomes may close a case from which stage. */
function closingAllowed(stage: Stage, outcome: Outcome): boolean {
  switch (stage) {
    case 'post':
      return true;
    case 'during':
      // Mediation failed or ended: the case goes straight to closing.
      return outcome === 'transferred_to_filing' || outcome === 'terminated';
    case 'pre':
      // A party withdraws consent before any session: the process ends.
      return outcome === 'terminated';
    case 'intake':
    case 'closed':
      return false;
  }
}

export type CloseInput = z.output<typeof CloseSchema>;

export function closeCase(core: Core, actor: Actor, input: CloseInput): void {
  writeTx(core, () => {
    const row = loadCaseRow(core, input.id);
    requireOpenCase(row);
    const today = core.today();
    const now = core.now();
    const closedOn = input.closedOn ?? today;
    const earliest = row.accepted_on ?? row.received_on;
    if (closedOn > today) throw fieldErrors([field('closedOn', '结案日期不能晚于今天', 'The closing date cannot be in the future')]);
    if (closedOn < earliest) {
      throw fieldErrors([field('closedOn', `结案日期不能早于 ${earliest}`, `The closing date cannot be before ${earliest}`)]);
    }
    if (!closingAllowed(row.stage, input.outcome)) {
      const label = OUTCOME_LABEL[input.outcome];
      throw conflict(
        row.stage === 'intake'
          ? '案件尚未受理，不能结案'
          : `「${STAGE_LABEL[row.stage]['zh-CN']}」阶段不能以「${label['zh-CN']}」结案：化解成功的案件须在「化解后」阶段回访、总结后结案；化解中可转立案或终止，化解前只能终止`,
        row.stage === 'intake'
          ? 'The case has not been accepted and cannot be closed'
          : `A case in the ${STAGE_LABEL[row.stage].en} stage cannot close as "${label.en}": resolved cases close from post-resolution; mid-resolution allows transfer to filing or termination, pre-resolution only termination`,
      );
    }
    if (row.stage === 'post') requireStepsDone(core, row, { zh: '结案', en: 'be closed' });

    core.q.run(
      qb
        .updateTable('cases')
        .set({
          stage: 'closed',
          status: 'closed',
          closed_on: closedOn,
          outcome: input.outcome,
          outcome_summary: input.summary,
          outcome_basis: input.basis?.trim() || null,
          updated_at: now,
        })
        .where('id', '=', row.id),
    );
    const closeStep = row.template_id
      ? core.q.first(
          qb.selectFrom('workflow_steps').select('id').where('template_id', '=', row.template_id).where('code', '=', CLOSE_STEP_CODE),
        )
      : undefined;
    const label = OUTCOME_LABEL[input.outcome]['zh-CN'];
    const activityId = core.newId();
    core.q.run(
      qb.insertInto('activities').values({
        id: activityId,
        case_id: row.id,
        step_id: closeStep?.id ?? null,
        stage: 'closed',
        // A closing entered after the day is dated that day (17:30 China time, end of office hours).
        occurred_at: closedOn === today ? now : `${closedOn}T09:30:00.000Z`,
        place: null,
        participants: JSON.stringify(actor.operatorId ? [{ kind: 'staff', refId: actor.operatorId, name: actor.operatorName ?? '协调员' }] : []),
        description: `结案：${label}`,
        result: input.summary,
        operator_id: actor.operatorId,
        deleted_at: null,
        created_at: now,
        updated_at: now,
      }),
    );
    insertTransition(core, { caseId: row.id, from: row.stage, to: 'closed', kind: 'close', reason: label, operatorId: actor.operatorId, at: now });

    if (input.outcome === 'terminated') {
      cancelOpenClocks(core, actor, row.id, ['resolution'], '终止化解');
    } else {
      completeOpenClocks(core, actor, row.id, 'resolution', closedOn);
    }
    if (input.outcome === 'transferred_to_filing') {
      openLimitClock(core, actor, row.id, 'transfer_to_filing', closedOn);
    } else if (isResolved(input.outcome)) {
      if (!hasClock(core, row.id, 'follow_up_visit', ['open', 'met', 'missed']) && !followUpLogged(core, row)) {
        openLimitClock(core, actor, row.id, 'follow_up_visit', closedOn);
      }
    }
    appendAudit(core.q, actor, now, {
      action: 'case.close',
      entity: 'cases',
      entityId: row.id,
      detail: {
        caseNumber: row.case_number,
        from: row.stage,
        outcome: input.outcome,
        closedOn,
        summary: input.summary,
        basis: input.basis?.trim() || null,
        closeActivityId: activityId,
      },
    });
  });
}

export type ReopenInput = z.output<typeof ReopenSchema>;

/**
 * Reopens a closed case where it was closed from: normally 'post'; a failed or terminated case
 * goes back to the stage it failed in. The outcome is cleared; the transfer clock (no transfer
 * is due any more) and, when going back before 'post', the follow-up clock are cancelled.
 */
export function reopenCase(core: Core, actor: Actor, input: ReopenInput): void {
  writeTx(core, () => {
    const row = loadCaseRow(core, input.id);
    if (row.status !== 'closed') {
      throw conflict(`案件 ${row.case_number} 未结案，无需重新启动`, `Case ${row.case_number} is not closed`);
    }
    const lastClose = core.q.first(
      qb
        .selectFrom('stage_transitions')
        .select('from_stage')
        .where('case_id', '=', row.id)
        .where('kind', '=', 'close')
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(1),
    );
    const fallback: Stage = row.outcome && isResolved(row.outcome) ? 'post' : 'during';
    const back = lastClose?.from_stage && lastClose.from_stage !== 'closed' && lastClose.from_stage !== 'intake' ? lastClose.from_stage : fallback;
    const now = core.now();
    core.q.run(
      qb
        .updateTable('cases')
        .set({ stage: back, status: 'open', closed_on: null, outcome: null, outcome_summary: null, outcome_basis: null, updated_at: now })
        .where('id', '=', row.id),
    );
    const why = `重新启动：${input.reason}`;
    cancelOpenClocks(core, actor, row.id, ['transfer_to_filing'], why);
    if (stageIndex(back) < stageIndex('post')) cancelOpenClocks(core, actor, row.id, ['follow_up_visit'], why);
    insertTransition(core, { caseId: row.id, from: 'closed', to: back, kind: 'reopen', reason: input.reason, operatorId: actor.operatorId, at: now });
    appendAudit(core.q, actor, now, {
      action: 'case.reopen',
      entity: 'cases',
      entityId: row.id,
      detail: {
        caseNumber: row.case_number,
        to: back,
        reason: input.reason,
        previousOutcome: row.outcome,
        previousClosedOn: row.closed_on,
        previousSummary: row.outcome_summary,
      },
    });
  });
}
